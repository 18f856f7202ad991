import { makeDraft } from '../draft.ts';
import { resolveShift } from '../resolveHelpers.ts';
import { addDays, formatWeek, getIsoWeekday, padYear, startOfIsoWeek } from '../../../model/calendar.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

/**
 * Calendar periods named with "the" that mean the one around the reference: "the weekend", "(for) the year",
 * "year-end", "the end of the month".
 */
const PATTERN = /\b(?:(?<=\b(?:over|during|at|for|on|through|throughout|in|this|last|next|of|ahead of|after|before) )the (weekend)|(?<=\b(?:for|in|during|of|through|throughout|over) )the (?:(?:full|fiscal|calendar|current|entire|whole) )?(year)(?! (?:before|after|earlier|later|ago)\b)(?!-)|(?:the )?(year)(?:-| |'s )end|the (?:end|close|start|beginning|middle) of (?:the |this )(year|month|week))\b/gi;

function resolveWeekend(ctx: ResolveContext): Resolved {
  const ref = ctx.reference;
  if (!ref) return { value: 'XXXX-WXX-WE', trace: ['no reference date → week unknown'] };
  // The weekend just past unless the clause looks ahead.
  const weekday = getIsoWeekday(ref);
  const sameWeek = weekday >= 6 || ctx.tense === 'future';
  const monday = addDays(startOfIsoWeek(ref), sameWeek ? 0 : -7);
  const value = `${formatWeek(monday)}-WE`;
  return { value, trace: [ctx.referenceNote, sameWeek ? 'the weekend of that week' : 'the weekend before it', `→ ${value}`] };
}

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [whole, weekend, year, yearEnd, partOf] = match;
  if (weekend) return makeDraft(match, 'periodOfReference', 'DATE', { resolve: resolveWeekend });
  const unitWord = (year ?? (yearEnd ? 'year' : partOf) ?? '').toLowerCase();
  const unit = unitWord === 'year' ? 'year' : unitWord === 'month' ? 'month' : unitWord === 'week' ? 'week' : null;
  if (!unit) return null;
  // "the year ended Sept. 30" is a twelve-month accounting period, not a calendar year.
  const end = match.index + whole.length;
  if (yearEnd) {
    // "year-end" is the last day of a year: the coming one, or the one before when counted from ("since year-end").
    const since = /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, match.index - 10), match.index));
    return makeDraft(match, 'periodOfReference', 'DATE', {
      resolve: (ctx) => {
        const y = ctx.reference ? ctx.reference.y - (since ? 1 : 0) : null;
        const value = y === null ? 'XXXX-12-31' : `${padYear(y)}-12-31`;
        return { value, trace: [`"${whole}" is the last day of a year`, ctx.referenceNote, since ? 'counted from: the previous one' : 'the current one', `→ ${value}`] };
      },
    });
  }
  if (year && /^\s+(?:that\s+)?(?:ended|ending|ends|through|to)\b/i.test(text.slice(end, end + 16))) {
    return makeDraft(match, 'periodOfReference', 'DURATION', { value: 'P1Y', trace: [`"${whole}" ending on a given day is a twelve-month period`, '→ P1Y'] });
  }
  const resolve = (ctx: ResolveContext): Resolved => {
    const r = resolveShift(ctx, unit, 0);
    return { value: r.value, trace: [`"${whole}" is the ${unit} around the reference`, ...r.trace] };
  };
  return makeDraft(match, 'periodOfReference', 'DATE', { resolve });
}

/** "over the weekend", "for the year", "year-end", "the end of the month". */
export const periodOfReferenceParser: Parser = { name: 'periodOfReference', pattern: PATTERN, extract };
