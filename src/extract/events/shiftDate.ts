import { pad2 } from '../../model/calendar.ts';

/** A duration of one unit, read from a TimeML value ("P8.5M" → 8.5 months). */
export interface SimpleDuration {
  amount: number;
  unit: 'Y' | 'M' | 'W' | 'D';
}

// A fraction of a month is counted in days, as readers do ("half a month" ≈ 15 days).
const DAYS_PER_MONTH = 30;

/** Reads a single-unit TimeML duration of days or longer; null for anything else (PT3H, P1Y6M, PXM). */
export function readDuration(value: string): SimpleDuration | null {
  const m = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(value);
  if (!m) return null;
  const amount = Number(m[1]);
  return amount > 0 ? { amount, unit: m[2] as SimpleDuration['unit'] } : null;
}

function formatDay(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Moves a YYYY-MM-DD day by whole months, keeping the day of month when it exists (31 March − 1 month → 28/29 Feb). */
function shiftMonths(day: string, months: number): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target;
}

/**
 * The day a duration before (sign −1) or after (+1) a YYYY-MM-DD day: whole months and years on the calendar, any
 * fraction of a month as 30-day months ("8.5 months before 2023-04-18" → 2022-08-18 − 15 days = 2022-08-03).
 */
export function shiftDay(day: string, duration: SimpleDuration, sign: 1 | -1): string {
  if (duration.unit === 'D' || duration.unit === 'W') {
    const days = Math.round(duration.amount * (duration.unit === 'W' ? 7 : 1));
    const date = shiftMonths(day, 0);
    date.setUTCDate(date.getUTCDate() + sign * days);
    return formatDay(date);
  }
  const months = duration.amount * (duration.unit === 'Y' ? 12 : 1);
  const whole = Math.trunc(months);
  const date = shiftMonths(day, sign * whole);
  date.setUTCDate(date.getUTCDate() + sign * Math.round((months - whole) * DAYS_PER_MONTH));
  return formatDay(date);
}

/** Moves a YYYY-MM month value by whole months ("2022-05" − 1 → "2022-04"). */
export function shiftMonthValue(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}`;
}

/** The day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  return shiftDay(day, { amount: 1, unit: 'D' }, -1);
}
