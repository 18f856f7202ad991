import type { Granularity } from './dataFile';
import { startOfIsoWeekOfYear, isRealDay, toDayStartMs, toUtcMs } from './calendar';

/** A TimeML value read as a span of time: [startMs, endMs) in UTC, at the value's own precision. */
export interface TimeSpan {
  startMs: number;
  /** Exclusive: the first instant after the span ("2022-09" ends at 2022-10-01T00:00Z). */
  endMs: number;
  granularity: Granularity;
}

const DAY_MS = 86_400_000;

// Seasons follow the meteorological calendar of the northern hemisphere (months 1–12); winter spans the year end.
const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 };
// Parts of day as TimeML names them, in hours [from, to).
const PART_OF_DAY_HOURS: Record<string, [number, number]> = {
  MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [8, 18],
};

const day = (y: number, m: number, d: number): TimeSpan | null => {
  if (!isRealDay({ y, m, d })) return null;
  const startMs = toUtcMs(y, m, d);
  return { startMs, endMs: startMs + DAY_MS, granularity: 'day' };
};

/**
 * Reads a TimeML date/time value ("2022", "2022-09", "2023-04-18", "2023-W15", "1998-Q3", "2022-SU",
 * "2023-04-18TMO", "2023-04-18T21:25", "199" decade, "19" century) as a span.
 * Returns null for values that name no position in time (durations, "XXXX-05", PAST_REF…).
 * PRESENT_REF resolves to the reference day when one is given.
 */
export function parseTimeValue(value: string, referenceDay?: string): TimeSpan | null {
  const v = value.trim().replace(/Z$/, '');
  if (v === 'PRESENT_REF') return referenceDay ? parseTimeValue(referenceDay) : null;
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/))) {
    const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
    if (!day(y, mo, d) || h > 24 || mi > 59) return null;
    const startMs = toUtcMs(y, mo, d, h, mi);
    return { startMs, endMs: startMs + 60_000, granularity: 'time' };
  }
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/))) {
    const base = day(Number(m[1]), Number(m[2]), Number(m[3]));
    const hours = PART_OF_DAY_HOURS[m[4]!];
    if (!base || !hours) return null;
    return { startMs: base.startMs + hours[0] * 3_600_000, endMs: base.startMs + hours[1] * 3_600_000, granularity: 'part-of-day' };
  }
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = v.match(/^(\d{4})-W(\d{2})(?:-WE)?$/))) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const startMs = toDayStartMs(startOfIsoWeekOfYear(Number(m[1]), week));
    return { startMs, endMs: startMs + 7 * DAY_MS, granularity: 'week' };
  }
  if ((m = v.match(/^(\d{4})-(\d{2})$/))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const y = Number(m[1]);
    return { startMs: toUtcMs(y, month), endMs: toUtcMs(y, month + 1), granularity: 'month' };
  }
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { startMs: toUtcMs(y, (q - 1) * 3 + 1), endMs: toUtcMs(y, q * 3 + 1), granularity: 'quarter' };
  }
  if ((m = v.match(/^(\d{4})-H([12])$/))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return { startMs: toUtcMs(y, (h - 1) * 6 + 1), endMs: toUtcMs(y, h * 6 + 1), granularity: 'quarter' };
  }
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|AU|WI)$/))) {
    const y = Number(m[1]);
    const from = SEASON_START_MONTH[m[2]!]!;
    return { startMs: toUtcMs(y, from), endMs: toUtcMs(y, from + 3), granularity: 'season' };
  }
  if ((m = v.match(/^(\d{4})$/))) {
    const y = Number(m[1]);
    return { startMs: toUtcMs(y), endMs: toUtcMs(y + 1), granularity: 'year' };
  }
  if ((m = v.match(/^(\d{3})$/))) {
    const y = Number(m[1]) * 10;
    return { startMs: toUtcMs(y), endMs: toUtcMs(y + 10), granularity: 'decade' };
  }
  if ((m = v.match(/^(\d{2})$/))) {
    const y = Number(m[1]) * 100;
    return { startMs: toUtcMs(y), endMs: toUtcMs(y + 100), granularity: 'century' };
  }
  return null;
}

/** Reads a TimeML duration ("P2M", "P8.5M", "PT3H", "P1Y6M") as an approximate length in days; null if unspecified (PXY). */
export function parseDurationDays(value: string): number | null {
  const m = value.trim().match(/^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/);
  if (!m || value.trim() === 'P' || value.trim() === 'PT') return null;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => (x ? Number(x) : 0)) as number[];
  return y! * 365.25 + mo! * 30.4375 + w! * 7 + d! + h! / 24 + mi! / 1440 + s! / 86_400;
}
