import type { Granularity } from '../../model/dataFile';
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

/** Where an interval moves a date to, at no finer precision than the date had. */
export interface Moved {
  value: string;
  /** The interval is finer than the date ("two days after" a month): the date's own period, about. */
  coarse: boolean;
}

/**
 * The date an interval (a TimeML duration) moves a date value to ("two weeks later" than 1994-02-05 → 1994-02-19). A
 * date known only to its month or year keeps that precision: whole months move a month, whole years a year; anything
 * finer leaves the date where it is, coarse, for "two days after November 1984" may still be November or December.
 */
export function moveValue(start: string, granularity: Granularity, interval: string, sign: 1 | -1): Moved | null {
  const duration = readDuration(interval);
  if (!duration) return null;
  if (granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(start)) return { value: shiftDay(start, duration, sign), coarse: false };
  const whole = Number.isInteger(duration.amount);
  if (granularity === 'month' && /^\d{4}-\d{2}$/.test(start)) {
    if (whole && (duration.unit === 'M' || duration.unit === 'Y')) return { value: shiftMonthValue(start, sign * duration.amount * (duration.unit === 'Y' ? 12 : 1)), coarse: false };
    return { value: start, coarse: true };
  }
  if (granularity === 'year' && /^\d{4}$/.test(start)) {
    if (whole && duration.unit === 'Y') return { value: shiftYearValue(start, sign * duration.amount), coarse: false };
    return { value: start, coarse: true };
  }
  return null;
}
