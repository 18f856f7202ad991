import {
  addDays, addMonths, addYears, diffDays, formatDay, formatMonth, formatWeek, getIsoWeekday, getQuarter, isRealDay, pad2, padYear, type Day,
} from '../../model/calendar.ts';
import { countUnits, MONTH_NAMES, WEEKDAY_NAMES, type Unit } from './lexicon.ts';
import type { ResolveContext, Resolved, Tense } from './types.ts';

/** Writes the period of `unit` holding `day`: 2023-04-18, 2023-W16, 2023-04, 2023-Q2, 2023, 202, 20. */
export function formatAtUnit(day: Day, unit: Unit): string {
  switch (unit) {
    case 'second': case 'minute': case 'hour': case 'day': return formatDay(day);
    case 'week': return formatWeek(day);
    case 'month': return formatMonth(day.y, day.m);
    case 'quarter': return `${padYear(day.y)}-Q${getQuarter(day)}`;
    case 'year': return padYear(day.y);
    case 'decade': return padYear(day.y).slice(0, 3);
    case 'century': return padYear(day.y).slice(0, 2);
  }
}

/** The placeholder TimeML uses when the reference is unknown. */
export function formatUnknownAtUnit(unit: Unit): string {
  switch (unit) {
    case 'second': case 'minute': case 'hour': case 'day': return 'XXXX-XX-XX';
    case 'week': return 'XXXX-WXX';
    case 'month': return 'XXXX-XX';
    case 'quarter': return 'XXXX-QX';
    case 'year': return 'XXXX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
  }
}

/** Moves `day` by n units (whole calendar units; fractional amounts are rounded). */
export function shiftDay(day: Day, unit: Unit, n: number): Day {
  const k = Math.round(n);
  switch (unit) {
    case 'second': case 'minute': case 'hour': return day;
    case 'day': return addDays(day, k);
    case 'week': return addDays(day, 7 * k);
    case 'month': return addMonths(day, k);
    case 'quarter': return addMonths(day, 3 * k);
    case 'year': return addYears(day, k);
    case 'decade': return addYears(day, 10 * k);
    case 'century': return addYears(day, 100 * k);
  }
}

/** "last month" / "next week" / "this year" / "two days ago": the reference shifted by n units, at that unit. */
export function resolveShift(ctx: ResolveContext, unit: Unit, n: number, base: Day | null = ctx.reference): Resolved {
  if (!base) return { value: formatUnknownAtUnit(unit), trace: ['no reference date → unknown'] };
  const shifted = shiftDay(base, unit, n);
  const value = formatAtUnit(shifted, unit);
  const how = n === 0 ? `the ${unit} of it` : `${countUnits(Math.abs(n), unit)} ${n < 0 ? 'before' : 'after'}`;
  return { value, trace: [ctx.referenceNote, how, `→ ${value}`] };
}

/** Which way an underspecified date leans, from the tense. */
export function describeTense(tense: Tense): string {
  return tense === 'past' ? 'past tense → the latest one before it'
    : tense === 'future' ? 'future tense → the next one after it'
      : tense === 'present' ? 'present tense → the nearest one' : 'no tense → the nearest one';
}

/** How a trace says a date followed the story's own date rather than publication. */
export const STORY_STEP = 'the story is at';

/** How a trace says a past-tense date was moved back a year to stay before publication. */
const EVENT_TIME_BEFORE: ReadonlySet<string> = new Set(['', 'on', 'in', 'since', 'during', 'early', 'late', 'mid']);
const PAST_STEP = 'past tense, and that would be after publication → the year before';

/**
 * A past-tense clause tells what has happened: a month or day without year that would fall after publication belongs
 * to the year before. Returns the year to use and the trace step, if one was needed.
 */
function keepPastBeforePublication(ctx: ResolveContext, y: number, month: number, day = 1): { y: number; step: string[] } {
  if (ctx.tense !== 'past' || !ctx.dct || diffDays(ctx.dct, { y, m: month, d: day }) <= 0) return { y, step: [] };
  // Only a date that is the time of the clause's own event ("fell on May 5", "In June, …"): one the event points to
  // ("extended to Nov. 20", "set Nov. 10 as the deadline") may lie ahead of a past-tense verb.
  if (!EVENT_TIME_BEFORE.has(ctx.wordBefore)) return { y, step: [] };
  return { y: y - 1, step: [PAST_STEP] };
}

function followStory(ctx: ResolveContext, named: string, value: (year: number) => string, month: number, day?: number): Resolved | null {
  if (!ctx.story) return null;
  const kept = keepPastBeforePublication(ctx, ctx.story.day.y, month, day);
  const v = value(kept.y);
  return { value: v, trace: [named, `${STORY_STEP} ${ctx.story.value}, long before publication → the same year`, ...kept.step, `→ ${v}`] };
}

/** "in May": the year follows from the tense of the clause relative to the reference month. */
export function resolveMonth(ctx: ResolveContext, month: number): Resolved {
  const ref = ctx.reference;
  if (!ref) return { value: formatMonth(0, month).replace(/^0000/, 'XXXX'), trace: ['no reference date → year unknown'] };
  const fromStory = followStory(ctx, `"${MONTH_NAMES[month]}" names month ${month}, no year`, (y) => formatMonth(y, month), month);
  if (fromStory) return fromStory;
  let y = ref.y;
  if (ctx.narrative) y = ref.y;
  else if (ctx.tense === 'past') y = month <= ref.m ? ref.y : ref.y - 1;
  else if (ctx.tense === 'future') y = month >= ref.m ? ref.y : ref.y + 1;
  else if (month - ref.m > 6) y = ref.y - 1;
  else if (ref.m - month > 6) y = ref.y + 1;
  const kept = keepPastBeforePublication(ctx, y, month);
  const value = formatMonth(kept.y, month);
  const how = ctx.narrative ? 'narrative → the same year' : describeTense(ctx.tense);
  return { value, trace: [`"${MONTH_NAMES[month]}" names month ${month}, no year`, ctx.referenceNote, how, ...kept.step, `→ ${value}`] };
}

/** "on Friday": the weekday nearest the reference in the direction of the tense (the reference day itself counts). */
export function resolveWeekday(ctx: ResolveContext, weekday: number, lean: Tense = ctx.tense): Resolved {
  const ref = ctx.reference;
  if (!ref) return { value: 'XXXX-XX-XX', trace: ['no reference date → day unknown'] };
  const delta = weekday - getIsoWeekday(ref);
  let shift: number;
  if (lean === 'past') shift = delta <= 0 ? delta : delta - 7;
  else if (lean === 'future') shift = delta >= 0 ? delta : delta + 7;
  // Without a tense, news mostly reports what happened: lean to the past.
  else shift = delta <= 0 ? delta : delta - 7;
  const value = formatDay(addDays(ref, shift));
  return { value, trace: [`"${WEEKDAY_NAMES[weekday]}" names a weekday`, ctx.referenceNote, describeTense(lean), `→ ${value}`] };
}

/** Days a candidate loses for lying on the side of the reference its clause's tense argues against. */
const TENSE_PENALTY_DAYS = 150;

/**
 * A day-month without year ("Oct. 12"): news dates lie close to publication, so the nearest occurrence wins unless the
 * tense argues for one more than TENSE_PENALTY_DAYS further away in its direction.
 */
export function resolveDayOfMonth(ctx: ResolveContext, month: number, day: number, weekday?: number): Resolved {
  const ref = ctx.reference;
  const md = `${pad2(month)}-${pad2(day)}`;
  if (!ref) return { value: `XXXX-${md}`, trace: ['no reference date → year unknown'] };
  // "Saturday, April 25": of the years around the reference, only one puts that day on that weekday.
  if (weekday !== undefined) {
    const fits = [ref.y, ref.y - 1, ref.y + 1].filter((y) => isRealDay({ y, m: month, d: day }) && getIsoWeekday({ y, m: month, d: day }) === weekday);
    if (fits.length === 1) {
      const value = `${padYear(fits[0]!)}-${md}`;
      return { value, trace: [`"${MONTH_NAMES[month]} ${day}" has no year`, ctx.referenceNote, `${WEEKDAY_NAMES[weekday]} ${MONTH_NAMES[month]} ${day} falls in ${fits[0]}`, `→ ${value}`] };
    }
  }
  const fromStory = followStory(ctx, `"${MONTH_NAMES[month]} ${day}" has no year`, (y) => `${padYear(y)}-${md}`, month, day);
  if (fromStory) return fromStory;
  let best = ref.y;
  let bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const d = diffDays(ref, { y, m: month, d: Math.min(day, 28) });
    const against = (ctx.tense === 'past' && d > 0) || (ctx.tense === 'future' && d < 0);
    const cost = Math.abs(d) + (against ? TENSE_PENALTY_DAYS : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  if (ctx.narrative) best = ref.y;
  const kept = keepPastBeforePublication(ctx, best, month, day);
  const value = `${padYear(kept.y)}-${md}`;
  return { value, trace: [`"${MONTH_NAMES[month]} ${day}" has no year`, ctx.referenceNote, `the nearest ${MONTH_NAMES[month]} ${day}, leaning ${ctx.tense === 'none' ? 'nowhere' : ctx.tense}`, ...kept.step, `→ ${value}`] };
}

/** "June last year", "January this year", "May 5 next year": the reference year shifted. */
export function resolveMonthOfYear(ctx: ResolveContext, month: number, yearShift: number, dayText?: string): Resolved {
  const ref = ctx.reference;
  const dd = dayText === undefined ? '' : `-${pad2(Number(dayText))}`;
  if (!ref) return { value: `XXXX-${pad2(month)}${dd}`, trace: ['no reference date → year unknown'] };
  const value = `${formatMonth(ref.y + yearShift, month)}${dd}`;
  return { value, trace: [ctx.referenceNote, yearShift === 0 ? 'the same year' : `${Math.abs(yearShift)} year ${yearShift < 0 ? 'before' : 'after'}`, `→ ${value}`] };
}

/** "last May" is the latest May before the reference month, "next May" the first after it, "this May" the reference year's. */
export function resolveShiftedMonth(ctx: ResolveContext, month: number, shift: string): Resolved {
  const ref = ctx.reference;
  if (!ref) return { value: `XXXX-${pad2(month)}`, trace: ['no reference date → year unknown'] };
  const y = shift === 'last' ? (month < ref.m ? ref.y : ref.y - 1) : shift === 'this' ? ref.y : (month > ref.m ? ref.y : ref.y + 1);
  const value = formatMonth(y, month);
  const how = shift === 'last' ? 'the latest one before it' : shift === 'this' ? 'the one in the same year' : 'the next one after it';
  return { value, trace: [`"${shift} ${MONTH_NAMES[month]}"`, ctx.referenceNote, how, `→ ${value}`] };
}
