/** A calendar day (proleptic Gregorian); month 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Parses "YYYY-MM-DD" (anything after the day, like a time, is ignored); null when it is not a real date. */
export function parseIsoDay(s: string | null | undefined): Day | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDay(day) ? day : null;
}

/** True when the day exists (no 31 April, 29 February only in leap years). */
export function isRealDay(day: Day): boolean {
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= countDaysInMonth(day.y, day.m);
}

/** True for Gregorian leap years (2000 and 2024, not 1900). */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The UTC instant of a calendar date and time, in ms since 1970. Months and days may run over (month 13 is January of
 * the next year, day 0 the last day of the month before). Unlike Date.UTC, years 0–99 are those years, not 1900–1999,
 * so every date becomes milliseconds here.
 */
export function toUtcMs(y: number, m = 1, d = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC is several times faster (no Date object) and exact from year 100 on: 10,000 events place in a few ms.
  if (y >= 100) return Date.UTC(y, m - 1, d, hour, minute, second);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The first instant of a day, in ms since 1970. */
export function toDayStartMs(day: Day): number {
  return toUtcMs(day.y, day.m, day.d);
}

/** The UTC calendar day an instant falls on. */
export function toUtcDay(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in month m (1–12) of year y. */
export function countDaysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1] ?? 31;
}

// setUTCFullYear, never Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
function toEpochDays(day: Day): number {
  return Math.round(toDayStartMs(day) / MS_PER_DAY);
}

function fromEpochDays(n: number): Day {
  return toUtcDay(n * MS_PER_DAY);
}

/** The day n days after (n < 0: before) `day`. */
export function addDays(day: Day, n: number): Day {
  return fromEpochDays(toEpochDays(day) + n);
}

/** Difference in days, b − a. */
export function diffDays(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

/** Adds months keeping the year/month only (the day is clamped). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(day.d, countDaysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function getIsoWeekday(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDays(day) + 3) % 7) + 7) % 7) + 1;
}

/** Whole calendar months from a to b (b − a), ignoring the days. */
export function diffMonths(a: Day, b: Day): number {
  return (b.y - a.y) * 12 + b.m - a.m;
}

/** ISO 8601 week-numbering year and week. */
export function getIsoWeek(day: Day): { y: number; w: number } {
  const thursday = addDays(day, 4 - getIsoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

/** Calendar quarter 1–4 of the day. */
export function getQuarter(day: Day): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

/** Two-digit zero-padded number. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Years are written with four digits (TimeML values have no sign for years 0–9999). */
export function padYear(y: number): string {
  return String(Math.max(0, Math.min(9999, y))).padStart(4, '0');
}

/** YYYY-MM-DD */
export function formatDay(day: Day): string {
  return `${padYear(day.y)}-${pad2(day.m)}-${pad2(day.d)}`;
}

/** YYYY-MM */
export function formatMonth(y: number, m: number): string {
  return `${padYear(y)}-${pad2(m)}`;
}

/** ISO week value YYYY-Www of the week holding the day. */
export function formatWeek(day: Day): string {
  const { y, w } = getIsoWeek(day);
  return `${padYear(y)}-W${pad2(w)}`;
}

/** The day n years after (n < 0: before) `day`; 29 February becomes 28 February in a common year. */
export function addYears(day: Day, n: number): Day {
  const y = day.y + n;
  return { y, m: day.m, d: Math.min(day.d, countDaysInMonth(y, day.m)) };
}

/** Negative when a is before b, 0 when the same day, positive when after. */
export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The Monday that starts the ISO week holding `day`. */
export function startOfIsoWeek(day: Day): Day {
  return addDays(day, 1 - getIsoWeekday(day));
}

/** The Monday that starts ISO week `w` of ISO week-numbering year `y` (week 1 holds 4 January). */
export function startOfIsoWeekOfYear(y: number, w: number): Day {
  return addDays(startOfIsoWeek({ y, m: 1, d: 4 }), 7 * (w - 1));
}

/** The n-th (n ≥ 1) or, for n = -1, the last given ISO weekday (1 = Monday) of month m of year y. */
export function findNthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - getIsoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: countDaysInMonth(y, m) };
  return addDays(last, -((getIsoWeekday(last) - weekday + 7) % 7));
}

/** The calendar quarter n quarters after (n < 0: before) quarter q (1–4) of year y. */
export function addQuarters(y: number, q: number, n: number): { y: number; q: number } {
  const index = y * 4 + (q - 1) + n;
  const year = Math.floor(index / 4);
  return { y: year, q: index - year * 4 + 1 };
}

/** A duration of one unit of days or longer ("P8.5M" is 8.5 months). */
export interface SimpleDuration {
  amount: number;
  unit: 'Y' | 'M' | 'W' | 'D';
}

// A fraction of a month is counted in days, as readers do ("half a month" ≈ 15 days).
const DAYS_PER_MONTH = 30;

/**
 * The day a duration before (sign −1) or after (+1) `day`: whole months and years on the calendar (31 March − 1
 * month → 28/29 February), any fraction of a month as 30-day months (2023-04-18 − 8.5 months = 2022-08-18 − 15 days).
 */
export function addDuration(day: Day, duration: SimpleDuration, sign: 1 | -1): Day {
  if (duration.unit === 'D' || duration.unit === 'W') return addDays(day, sign * Math.round(duration.amount * (duration.unit === 'W' ? 7 : 1)));
  const months = duration.amount * (duration.unit === 'Y' ? 12 : 1);
  const whole = Math.trunc(months);
  return addDays(addMonths(day, sign * whole), sign * Math.round((months - whole) * DAYS_PER_MONTH));
}
