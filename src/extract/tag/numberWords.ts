const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, single: 1, dozen: 12, 'a dozen': 12, couple: 2, 'a couple of': 2, 'a couple': 2, half: 0.5, 'a half': 0.5,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const VAGUE = new Set(['several', 'few', 'a few', 'many', 'some', 'numerous', 'multiple', 'countless', 'a number of']);

const SMALL_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen)';
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const WORD_NUMBER = `(?:${TENS_WORD}(?:[- ]${SMALL_WORD})?|${SMALL_WORD}|a dozen|dozen|a couple of|a couple|a half|half|single)`;
const BASE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER}(?: hundred)?|an|a)`;

/** Regex source for an amount: "two", "twenty-four", "8-and-a-half", "2.5", "a", "several", "a few". */
export const AMOUNT_RE = `(?:${BASE}(?:[- ]and[- ]a[- ]half)?|several|a few|few|many|some|numerous|multiple|countless|a number of)`;

/** Reads an amount written as AMOUNT_RE matched it; 'X' for vague amounts; null when unreadable. */
export function parseAmount(raw: string): number | 'X' | null {
  let s = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (VAGUE.has(s)) return 'X';
  let extra = 0;
  const half = /[- ]and[- ]a[- ]half$/.exec(s);
  if (half) {
    extra = 0.5;
    s = s.slice(0, half.index);
  }
  const base = parseBase(s);
  return base === null ? null : base + extra;
}

function parseBase(s: string): number | null {
  if (/^\d/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let hundred = 1;
  if (s.endsWith(' hundred')) {
    hundred = 100;
    s = s.slice(0, -' hundred'.length);
  }
  const small = SMALL[s];
  if (small !== undefined) return small * hundred;
  const parts = s.split(/[- ]/);
  const tens = TENS[parts[0] ?? ''];
  if (tens === undefined) return null;
  const unit = parts.length > 1 ? SMALL[parts[1] ?? ''] : 0;
  return unit === undefined ? null : (tens + unit) * hundred;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, thirtieth: 30,
  'thirty-first': 31, last: -1, final: -1,
};

/** Regex source matching an ordinal word ("third", "twenty-first", "last"). */
export const ORDINAL_WORD_RE = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|' +
  'thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|' +
  'thirtieth|thirty[- ]first|last|final)';

/** "third", "3rd", "21st" → 3, 3, 21; "last"/"final" → -1. */
export function parseOrdinal(raw: string): number | null {
  const s = raw.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(s);
  if (digits) return Number(digits[1]);
  return ORDINALS[s] ?? null;
}
