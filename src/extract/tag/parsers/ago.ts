import { makeDraft } from '../draft.ts';
import { countUnits, countUnitWord, formatDuration, lookUpUnit, UNIT_RE } from '../lexicon.ts';
import { AMOUNT_RE, parseAmount } from '../numberWords.ts';
import { formatUnknownAtUnit, resolveShift } from '../resolveHelpers.ts';
import { resolveQuarterYearShift } from '../resolveQuarter.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const PATTERN = new RegExp(
  `\\b(?:(?:about|some|nearly|almost|roughly|around|more than|less than|over|just|only) )?(${AMOUNT_RE})[ -](${UNIT_RE}) ` +
    '(ago|earlier|later|before|after|from now|hence|previously|prior)\\b',
  'gi',
);

/** Units below a day resolve to the reference day (TimeML has no finer anchor for them here). */
function extract(match: RegExpExecArray, text: string): Draft | null {
  const [, amountText = '', unitWord = '', direction = ''] = match;
  const counted = parseAmount(amountText);
  const amount = typeof counted === 'number' ? counted * countUnitWord(unitWord) : counted;
  const unit = lookUpUnit(unitWord);
  if (amount === null || unit === null) return null;
  const dir = direction.toLowerCase();
  // "a day before the vote": a relation to an event, not to a date; TimeML still tags it as the shifted date.
  const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' ? -1 : 1;
  const anaphoric = dir !== 'ago' && dir !== 'from now' && dir !== 'hence';
  const end = match.index + match[0].length;
  // "two days before the vote" relates to an event, not to a date: only a clause-final "before"/"after" counts.
  if ((dir === 'before' || dir === 'after') && !/^\s*(?:[,.;:!?)'"]|$)/.test(text.slice(end, end + 3))) return null;
  // "three days later", "an hour earlier": TimeML tags the stretch of time itself (P3D), not the day it leads to.
  if ((dir === 'later' || dir === 'earlier') && ['second', 'minute', 'hour', 'day', 'week'].includes(unit)) {
    const value = formatDuration(amount, unit);
    const stretch = text.slice(match.index, match.index + match[0].length - direction.length).trimEnd();
    return { ...makeDraft(match, 'ago', 'DURATION', { value, trace: [`"${stretch}" is the time between two events`, `→ ${value}`] }), end: match.index + stretch.length };
  }
  const resolve = (ctx: ResolveContext): Resolved => {
    if (amount === 'X') return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', trace: ['an unspecified amount of time', sign < 0 ? '→ PAST_REF' : '→ FUTURE_REF'] };
    // In reports about quarterly results "a year ago" means the same quarter a year before.
    const quarterly = unit === 'year' && amount === 1 && (/\bquarter|\bperiod\b/.test(ctx.sentence) || ctx.quarterInFocus !== null);
    const base = anaphoric ? ctx.anchor : ctx.reference;
    if (quarterly) return resolveQuarterYearShift(ctx, sign * amount);
    // "A month later" than "in 1974" is in 1974 or just after: the last date's year, never a month it did not give.
    if (anaphoric && ctx.anchorValue && /^\d{4}$/.test(ctx.anchorValue) && unit !== 'year' && unit !== 'decade' && unit !== 'century') {
      return { value: ctx.anchorValue, trace: [`the last date mentioned, ${ctx.anchorValue}, is known only to its year`, `→ ${ctx.anchorValue}`] };
    }
    if (!base) return { value: formatUnknownAtUnit(unit), trace: ['no reference date → unknown'] };
    // "a decade ago" names a year, not a decade.
    if (unit === 'decade' || unit === 'century') {
      const r = resolveShift(ctx, 'year', sign * amount * (unit === 'decade' ? 10 : 100), base);
      return r;
    }
    return resolveShift(ctx, unit, sign * amount, base);
  };
  return makeDraft(match, 'ago', 'DATE', { keepsFocus: true, anaphoric, deictic: !anaphoric, resolve, trace: [`"${match[0]}" counts ${amount === 'X' ? `some ${unit}s` : countUnits(amount, unit)} ${sign < 0 ? 'back' : 'forward'}`] });
}

/** "two years ago", "a year earlier", "three days later", "a week from now". */
export const agoParser: Parser = { name: 'ago', pattern: PATTERN, extract };
