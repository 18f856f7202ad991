import { addDays, addDuration, addMonths, addYears, formatDay, formatMonth, padYear, parseIsoDay, type SimpleDuration } from '../../model/calendar.ts';

export type { SimpleDuration } from '../../model/calendar.ts';

/** Reads a single-unit TimeML duration of days or longer; null for anything else (PT3H, P1Y6M, PXM). */
export function readDuration(value: string): SimpleDuration | null {
  const m = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(value);
  if (!m) return null;
  const amount = Number(m[1]);
  return amount > 0 ? { amount, unit: m[2] as SimpleDuration['unit'] } : null;
}

// The events stage writes days and months as TimeML values; the arithmetic itself is the calendar module's.
const readDay = (value: string) => parseIsoDay(value) ?? parseIsoDay(`${value.slice(0, 7)}-01`)!;

/** The YYYY-MM-DD day a duration before (sign −1) or after (+1) a day value (see `addDuration`). */
export function shiftDay(day: string, duration: SimpleDuration, sign: 1 | -1): string {
  return formatDay(addDuration(readDay(day), duration, sign));
}

/** Moves a YYYY-MM month value by whole months ("2022-05" − 1 → "2022-04"). */
export function shiftMonthValue(month: string, months: number): string {
  const moved = addMonths(readDay(month), months);
  return formatMonth(moved.y, moved.m);
}

/** Moves a YYYY year value by whole years ("1984" + 2 → "1986"). */
export function shiftYearValue(year: string, years: number): string {
  return padYear(addYears(readDay(`${year}-01-01`), years).y);
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  return formatDay(addDays(readDay(day), -1));
}
