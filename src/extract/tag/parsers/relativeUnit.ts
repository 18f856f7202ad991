import { addDays, formatWeek, startOfIsoWeek } from '../../../model/calendar.ts';
import { isSentenceStart } from '../context.ts';
import { makeDraft, normalise } from '../draft.ts';
import { countUnits, lookUpUnit, type Unit } from '../lexicon.ts';
import { resolveShift } from '../resolveHelpers.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

/** Shift in units and whether it counts from the last date mentioned (anaphoric) rather than the reference. */
const SHIFTS: Readonly<Record<string, { n: number; anaphoric: boolean }>> = {
  last: { n: -1, anaphoric: false }, past: { n: -1, anaphoric: false }, previous: { n: -1, anaphoric: true },
  this: { n: 0, anaphoric: false }, current: { n: 0, anaphoric: false }, present: { n: 0, anaphoric: false },
  next: { n: 1, anaphoric: false }, coming: { n: 1, anaphoric: false }, following: { n: 1, anaphoric: true },
  that: { n: 0, anaphoric: true }, same: { n: 0, anaphoric: true }, prior: { n: -1, anaphoric: true },
  'earlier this': { n: 0, anaphoric: false }, 'later this': { n: 0, anaphoric: false }, 'so far this': { n: 0, anaphoric: false },
  'earlier that': { n: 0, anaphoric: true }, 'later that': { n: 0, anaphoric: true }, 'late last': { n: -1, anaphoric: false },
  'early last': { n: -1, anaphoric: false }, 'early next': { n: 1, anaphoric: false }, 'late next': { n: 1, anaphoric: false },
  'early this': { n: 0, anaphoric: false }, 'late this': { n: 0, anaphoric: false }, 'earlier last': { n: -1, anaphoric: false },
};

const PATTERN = /\b(?:the )?((?:earlier|later|early|late|so far) (?:this|that|last|next)|last|past|previous|this|current|present|next|coming|following|that|same|prior)(?: fiscal| calendar)? (week|weekend|month|year|quarter|decade|century)\b(?! (?:ago|earlier|later|before))/gi;

function resolveWeekend(ctx: ResolveContext, n: number, base = ctx.reference): Resolved {
  if (!base) return { value: 'XXXX-WXX-WE', trace: ['no reference date → week unknown'] };
  const monday = addDays(startOfIsoWeek(base), 7 * n);
  const value = `${formatWeek(monday)}-WE`;
  return { value, trace: [ctx.referenceNote, n === 0 ? 'the weekend of that week' : `${countUnits(Math.abs(n), 'week')} ${n < 0 ? 'before' : 'after'}`, `→ ${value}`] };
}

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [, shiftWord = '', unitWord = ''] = match;
  const shift = SHIFTS[normalise(shiftWord)];
  if (!shift) return null;
  const isWeekend = unitWord.toLowerCase() === 'weekend';
  // "This Week" mid-sentence is a title (a TV show), not a time.
  if (/^[A-Z]/.test(shiftWord) && /^[A-Z]/.test(unitWord) && !isSentenceStart(text, match.index)) return null;
  // "the past decade" is a stretch of ten years, not the previous decade.
  if (/^(?:past|last)$/i.test(shiftWord) && /^the\b/i.test(match[0]) && /^(?:decade|century)$/i.test(unitWord)) {
    const value = unitWord.toLowerCase() === 'decade' ? 'P10Y' : 'P100Y';
    return makeDraft(match, 'relativeUnit', 'DURATION', { value, trace: [`"${match[0]}" is the stretch of one ${unitWord.toLowerCase()} up to now`, `→ ${value}`] });
  }
  const unit: Unit | null = isWeekend ? 'week' : lookUpUnit(unitWord);
  if (unit === null) return null;
  const what = isWeekend ? 'weekend' : unit;
  const how = shift.n === 0 ? `the same ${what}` : `${countUnits(Math.abs(shift.n), what)} ${shift.n < 0 ? 'back' : 'ahead'}`;
  const trace = [`"${match[0]}" is ${how}, counted from ${shift.anaphoric ? 'the last date mentioned' : 'the reference'}`];
  const resolve = (ctx: ResolveContext): Resolved => {
    const base = shift.anaphoric ? ctx.anchor : ctx.reference;
    // "last quarter" in financial news is the one before the reference's quarter; same arithmetic.
    const r = isWeekend ? resolveWeekend(ctx, shift.n, base) : resolveShift(ctx, unit, shift.n, base);
    return { value: r.value, trace: [...trace, ...r.trace] };
  };
  return makeDraft(match, 'relativeUnit', 'DATE', { resolve, anaphoric: shift.anaphoric, deictic: !shift.anaphoric });
}

/** "last week", "this year", "next month", "earlier this month", "the following year", "that week". */
export const relativeUnitParser: Parser = { name: 'relativeUnit', pattern: PATTERN, extract };
