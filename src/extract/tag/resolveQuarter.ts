import { getQuarter, padYear } from '../../model/calendar.ts';
import { countUnits } from './lexicon.ts';
import type { ResolveContext, Resolved } from './types.ts';

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** The quarter a financial report is about: the last quarter mentioned, else the last one completed before the reference. */
export function findQuarterInFocus(ctx: ResolveContext): { y: number; q: number; note: string } | null {
  const m = ctx.quarterInFocus ? QUARTER_VALUE.exec(ctx.quarterInFocus) : null;
  if (m) return { y: Number(m[1]), q: Number(m[2]), note: `the quarter in focus is ${ctx.quarterInFocus}` };
  if (!ctx.reference) return null;
  const q = getQuarter(ctx.reference) - 1;
  const y = q === 0 ? ctx.reference.y - 1 : ctx.reference.y;
  const value = `${padYear(y)}-Q${q === 0 ? 4 : q}`;
  return { y, q: q === 0 ? 4 : q, note: `${ctx.referenceNote}; the last completed quarter is ${value}` };
}

/** "a year ago" / "a year earlier" in a sentence about quarters: the same quarter n years away. */
export function resolveQuarterYearShift(ctx: ResolveContext, years: number): Resolved {
  const focus = findQuarterInFocus(ctx);
  if (!focus) return { value: 'XXXX-QX', trace: ['no reference date → quarter unknown'] };
  const value = `${padYear(focus.y + Math.round(years))}-Q${focus.q}`;
  return { value, trace: [focus.note, `${countUnits(Math.abs(years), 'year')} ${years < 0 ? 'before' : 'after'} → the same quarter`, `→ ${value}`] };
}
