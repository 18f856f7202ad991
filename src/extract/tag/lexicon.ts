/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Regex source matching a month name or abbreviation (with optional dot); longest first. */
export const MONTH_RE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)';

/** "Sept." → 9; null for other words. */
export function lookUpMonth(word: string): number | null {
  return MONTHS[word.toLowerCase().replace('.', '')] ?? null;
}

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Regex source matching a full weekday name. */
export const WEEKDAY_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** "Friday" → 5; null for other words. */
export function lookUpWeekday(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace('.', '')] ?? null;
}

/** Weekday names by ISO number (index 0 unused), for traces. */
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month names by number (index 0 unused), for traces. */
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** Calendar units and how TimeML writes them in a duration. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Regex source matching a calendar unit word, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|centuries|century)';

/** How many units one unit word counts: a fortnight is two weeks. */
export function countUnitWord(word: string): number {
  return /^fortnight/i.test(word) ? 2 : 1;
}

/** "months" → month; null for other words. */
export function lookUpUnit(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'second';
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('day') || w.startsWith('night')) return 'day';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w.startsWith('y')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  if (w.startsWith('centur')) return 'century';
  return null;
}

const PLURALS: Partial<Record<Unit, string>> = { century: 'centuries' };

/** "1 month", "2 months", "8.5 months", "3 centuries": a count of units in words, for traces. */
export function countUnits(amount: number | string, unit: Unit | 'weekend'): string {
  const plural = unit === 'weekend' ? 'weekends' : PLURALS[unit] ?? `${unit}s`;
  return `${amount} ${Number(amount) === 1 ? unit : plural}`;
}

/** Writes a duration of `amount` units ("X" when unspecified): P2M, PT24H, P8.5M, PXY, P10Y for a decade. */
export function formatDuration(amount: number | 'X', unit: Unit): string {
  if (amount === 'X') {
    const letter = { second: 'TXS', minute: 'TXM', hour: 'TXH', day: 'XD', week: 'XW', month: 'XM', quarter: 'XQ',
      year: 'XY', decade: 'XY', century: 'XCE' }[unit];
    return `P${letter}`;
  }
  const n = (x: number): string => String(Math.round(x * 1000) / 1000);
  switch (unit) {
    case 'second': return `PT${n(amount)}S`;
    case 'minute': return `PT${n(amount)}M`;
    case 'hour': return `PT${n(amount)}H`;
    case 'day': return `P${n(amount)}D`;
    case 'week': return `P${n(amount)}W`;
    case 'month': return `P${n(amount)}M`;
    case 'quarter': return `P${n(amount)}Q`;
    case 'year': return `P${n(amount)}Y`;
    case 'decade': return `P${n(amount * 10)}Y`;
    case 'century': return `P${n(amount * 100)}Y`;
  }
}
