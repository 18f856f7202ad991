/** Reads the words around a match, for the extract steps that need to look beyond their pattern. */

// Bounded by LOOK_CHARS: they only ever see that much text.
const WORD_BEFORE = /([a-z][a-z'.-]{0,39})[\s,]{0,39}$/i;
const WORD_AFTER = /^[\s,]*([a-z][a-z'-]*|\d+|[^\sa-z\d])/i;
const LOOK_CHARS = 40;

/** The word just before `index` (skipping spaces and commas), or '' at the start. */
export function readWordBefore(text: string, index: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, index - LOOK_CHARS), index));
  return m?.[1] ?? '';
}

/** The word (or a single symbol) just after `index`, or ''. */
export function readWordAfter(text: string, index: number): string {
  const m = WORD_AFTER.exec(text.slice(index, index + LOOK_CHARS));
  return m?.[1] ?? '';
}

/** The character just before `index` that is not a space, or ''. */
export function readCharBefore(text: string, index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - LOOK_CHARS; i--) {
    const c = text[i] ?? '';
    if (!/\s/.test(c)) return c;
  }
  return '';
}

/** True when the word starts a sentence (nothing or sentence punctuation/line break before it). */
export function isSentenceStart(text: string, index: number): boolean {
  const c = readCharBefore(text, index);
  return c === '' || /[.!?"'“‘(\n:]/.test(c) || /\n\s{0,3}$/.test(text.slice(Math.max(0, index - 4), index));
}

/** Starts with an upper-case ASCII letter. */
export function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}
