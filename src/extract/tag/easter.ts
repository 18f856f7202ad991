import { addDays, type Day } from '../../model/calendar.ts';

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function computeWesternEaster(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * Orthodox Easter Sunday as a Gregorian date: the Julian computus (Meeus) gives a Julian-calendar
 * date, which is shifted by the Julian–Gregorian gap of that century (13 days in 1900–2099).
 */
export function computeOrthodoxEaster(y: number): Day {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // The gap is constant from March to February of the next century year, which covers every Easter.
  const gapDays = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return addDays({ y, m: month, d: day }, gapDays);
}
