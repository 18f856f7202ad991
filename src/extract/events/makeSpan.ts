import type { Span } from '../../model/dataFile';

/**
 * A span of a paragraph from rough bounds: surrounding spaces and trailing commas, semicolons, colons and full stops
 * are left out, and the quote is always taken from the text itself so it matches the paragraph exactly.
 */
export function makeSpan(paragraph: string, paragraphText: string, start: number, end: number): Span | null {
  let from = Math.max(0, start);
  let to = Math.min(paragraphText.length, end);
  while (from < to && /\s/.test(paragraphText[from]!)) from++;
  while (to > from && /[\s,;:.]/.test(paragraphText[to - 1]!)) to--;
  if (to <= from) return null;
  return { paragraph, start: from, end: to, text: paragraphText.slice(from, to) };
}
