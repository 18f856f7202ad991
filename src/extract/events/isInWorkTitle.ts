import type { Mention } from '../../model/dataFile';

// How far from the date an opening and a closing quotation mark are looked for: a programme's or a book's name is short.
const REACH_CHARS = 60;
const OPENING = /(?:["“]|``)([^"“”`]*)$/;
const CLOSING = /^([^"“”`]*?)(?:["”]|'')/;
// Words a title may leave in lower case between its capitalised ones ("Meet the Press", "War and Peace").
const MINOR_WORD = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)$/;
const MAX_TITLE_WORDS = 10;

/**
 * Whether a date is part of the name of a work in quotation marks: `said on ABC's "This Week With David Brinkley"`,
 * `a programme called "Monday Night Football"`. Every word of such a quote is capitalised but for minor ones, and
 * the date itself is; a quoted sentence (`"Tuesday was a disaster," he said`) has lower-case words and is not a name.
 */
export function isInWorkTitle(mention: Mention, text: string, sentenceStart: number, sentenceEnd: number): boolean {
  if (!/^\p{Lu}/u.test(mention.text)) return false;
  const opened = OPENING.exec(text.slice(Math.max(sentenceStart, mention.start - REACH_CHARS), mention.start));
  const closed = CLOSING.exec(text.slice(mention.end, Math.min(sentenceEnd, mention.end + REACH_CHARS)));
  if (!opened || !closed) return false;
  const words = `${opened[1]!}${mention.text}${closed[1]!}`.split(/[\s,.;:!?]+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && MINOR_WORD.test(word)));
}
