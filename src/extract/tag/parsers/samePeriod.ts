import { makeDraft } from '../draft.ts';
import { padYear } from '../../../model/calendar.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

/**
 * "the same period last year", "the same month a year ago": the period just talked about, one year back. Reports
 * compare a month or quarter with its twin of the year before.
 */
const PATTERN = /\bthe same (?:period|month|week|day|time|season)(?: of)? (?:last year|a year (?:ago|earlier|before)|the (?:previous|prior|last) year|the year before)\b/gi;

function resolve(ctx: ResolveContext): Resolved {
  const last = ctx.quarterInFocus ?? ctx.anchorValue;
  const m = last ? /^(\d{4})(-(?:\d{2}(?:-\d{2})?|Q[1-4]|W\d{2}|H[12]|SP|SU|FA|WI))?$/.exec(last) : null;
  if (m?.[1]) {
    const value = `${padYear(Number(m[1]) - 1)}${m[2] ?? ''}`;
    return { value, trace: [`the period just talked about is ${last}`, 'the same one a year before', `→ ${value}`] };
  }
  if (!ctx.reference) return { value: 'XXXX', trace: ['no reference date → unknown'] };
  const value = padYear(ctx.reference.y - 1);
  return { value, trace: [ctx.referenceNote, 'no period to compare with → the year before', `→ ${value}`] };
}

function extract(match: RegExpExecArray): Draft | null {
  return makeDraft(match, 'samePeriod', 'DATE', { resolve, keepsFocus: true, priority: 1 });
}

/** "the same period last year", "the same month a year ago". */
export const samePeriodParser: Parser = { name: 'samePeriod', pattern: PATTERN, extract };
