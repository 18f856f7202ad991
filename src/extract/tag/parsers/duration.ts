import { readWordBefore } from '../context.ts';
import { makeDraft } from '../draft.ts';
import { countUnits, countUnitWord, formatDuration, lookUpUnit, UNIT_RE } from '../lexicon.ts';
import { AMOUNT_RE, parseAmount } from '../numberWords.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(
  '\\b(?:the )?(?:(?:past|last|next|previous|coming|first|final|recent|following|latest|preceding|initial|remaining|' +
    'full|entire|whole|same|other|additional|further) )?' +
    `(${AMOUNT_RE})[ -](?:(?:straight|consecutive|successive|full|trading|business|working|calendar|more|long|` +
    `short|extra|additional|odd)[ -])?(${UNIT_RE})(?:[ -](old))?\\b`,
  'gi',
);

/** Words before "a year" that make it a rate ("$5 a year", "twice a week"), i.e. a SET. */
const RATE_BEFORE = /^(?:\$?[\d,.]+%?|twice|once|thrice|times|cents?|dollars?|euros?|pounds?|million|billion|trillion|percent|more|less|hours|days|meals|visits)$/i;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [whole, amountText = '', unitWord = '', old] = match;
  if (/quarters?$/i.test(whole) && /^(?:a|an|three)$/i.test(amountText)) return null;
  const counted = parseAmount(amountText);
  const amount = typeof counted === 'number' ? counted * countUnitWord(unitWord) : counted;
  const unit = lookUpUnit(unitWord);
  if (amount === null || unit === null) return null;
  // "in as many months", "so many years": a comparison, not a stretch of time.
  if (amount === 'X' && /^(?:as|so|too|how)$/i.test(readWordBefore(text, match.index))) return null;
  if (typeof amount === 'number' && (amount <= 0 || amount > 100_000)) return null;
  // A bare "a second" / "second" is an ordinal or a moment, not a duration.
  if (unit === 'second' && /^(?:a|an|one)$/i.test(amountText) && (!/\bfor\s*$/i.test(text.slice(Math.max(0, match.index - 5), match.index))
    || /^\s+[a-z]/i.test(text.slice(match.index + whole.length, match.index + whole.length + 3)))) return null;
  // "$5 a year", "700 seats a week": a rate, part of an amount; the corpora leave it untagged.
  if (/^(?:a|an)$/i.test(amountText) && (RATE_BEFORE.test(readWordBefore(text, match.index)) || /\d[\d,.]{0,29}%?(?:\s{1,29}[a-z]{1,29}){0,2}\s{0,29}$/i.test(text.slice(Math.max(0, match.index - 30), match.index)))) {
    return null;
  }
  // Ages ("the 6-year-old boy", "52 years old") describe a person, not a time: TimeML corpora leave them untagged.
  if (old) return null;
  if (/^\s+old\b/i.test(text.slice(match.index + whole.length, match.index + whole.length + 5))) return null;
  // "the 1988 quarter": a year, not 1988 quarters.
  if (/^(?:1[5-9]\d\d|20\d\d)$/.test(amountText)) return null;
  // "Islam will one day be …": an unspecified future moment, not a day-long stretch.
  if (/^one day$/i.test(whole) && /^(?:will|would|could|may|might|can|shall|should|must|hope|hopes|hoped|to|'ll)$/i.test(readWordBefore(text, match.index))) {
    return makeDraft(match, 'duration', 'DATE', { value: 'FUTURE_REF', trace: [`"${whole}" after a modal is some future day`, '→ FUTURE_REF'] });
  }
  const value = formatDuration(amount, unit);
  const trace = [`"${whole}" is ${amount === 'X' ? `an unspecified number of ${unit}s` : countUnits(amount, unit)}`, `→ ${value}`];
  return makeDraft(match, 'duration', 'DURATION', { value, trace });
}

/** "two months", "8-and-a-half months", "the past three months", "24 hours", "a two-year". */
export const durationParser: Parser = { name: 'duration', pattern: PATTERN, extract };
