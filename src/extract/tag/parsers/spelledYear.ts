import { pad2 } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import { lookUpMonth, MONTH_RE } from '../lexicon.ts';
import { parseAmount } from '../numberWords.ts';
import type { Draft, Parser } from '../types.ts';

const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const TWO_DIGITS = `(?:${TENS}(?:[- ]${UNITS})?|${TEENS}|oh[- ]${UNITS})`;
const SEASONS: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const PATTERN = new RegExp(
  `\\b(?:(${MONTH_RE})(?![a-z]) |(?:the )?(spring|summer|fall|autumn|winter) of )?(?:the year )?` +
    `(?:(eighteen|nineteen|twenty)[- ](${TWO_DIGITS})|(two thousand)(?:(?: and)? (${UNITS}|${TEENS}|${TENS}(?:[- ]${UNITS})?))?)\\b`,
  'gi',
);

/** "ninety-six" → 96, "oh five" → 5. */
function readTwoDigits(words: string): number | null {
  const plain = words.toLowerCase().replace(/^oh[- ]/, '');
  const n = parseAmount(plain);
  return typeof n === 'number' && n < 100 ? n : null;
}

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [whole, monthWord, seasonWord, centuryWord, rest, twoThousand, after2000] = match;
  let year: number | null = null;
  if (centuryWord && rest) {
    const low = readTwoDigits(rest);
    const century = { eighteen: 18, nineteen: 19, twenty: 20 }[centuryWord.toLowerCase() as 'nineteen'];
    if (low !== null && century !== undefined) year = century * 100 + low;
  } else if (twoThousand) {
    const low = after2000 ? readTwoDigits(after2000) : 0;
    if (low !== null) year = 2000 + low;
  }
  if (year === null) return null;
  // "twenty five" alone is a count, not 2005: a bare spelled year needs "nineteen"/"eighteen", "two thousand" or a lead-in.
  if (!monthWord && !seasonWord && !/^the year/i.test(whole) && centuryWord?.toLowerCase() === 'twenty') return null;
  if (!monthWord && !seasonWord && twoThousand && !/^the year/i.test(whole) && !/\b(?:in|since|by|until|of|from|to)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
  let value = String(year);
  if (monthWord) {
    const month = lookUpMonth(monthWord);
    if (month === null) return null;
    value = `${year}-${pad2(month)}`;
  } else if (seasonWord) {
    value = `${year}-${SEASONS[seasonWord.toLowerCase()] ?? 'XX'}`;
  }
  return makeDraft(match, 'spelledYear', 'DATE', { value, absolute: true, trace: [`"${whole}" spells out the year ${year}`, `→ ${value}`] });
}

/** "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven" (transcribed speech). */
export const spelledYearParser: Parser = { name: 'spelledYear', pattern: PATTERN, extract };
