/** A sentence of a paragraph: `text === paragraph.slice(start, end)`, surrounding spaces excluded. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'mt', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);
// End punctuation, closing quotes/brackets, then spaces and what may open the next sentence.
// The run of end marks is matched from its first mark only, so "!!!!…" is read once, not once per mark.
const BOUNDARY = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘([]?[A-Z0-9])/g;

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const before = /[a-z.]{1,12}$/i.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  if (!before) return false;
  const word = before[0].toLowerCase();
  // Single letters are initials ("Franklin D. Roosevelt").
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

/** Splits a paragraph into sentences at . ! ? (with closing quotes) followed by a capital, skipping abbreviations. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    if (isAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
