import { countDaysInMonth, type Day } from '../../model/calendar.ts';

/** A reference (publication) date that is not a real calendar day; its message says what is wrong with it. */
export class ReferenceDateError extends Error {
  override name = 'ReferenceDateError';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;

/** Why `text` is not a real day of years 0001–9999 written YYYY-MM-DD, or null when it is one. */
export function explainBadReferenceDate(text: string): string | null {
  const m = ISO_DAY.exec(text);
  if (!m) return 'it is not written YYYY-MM-DD';
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // No article is dated in year 0: the Gregorian calendar goes from 1 BC straight to AD 1.
  if (y === 0) return 'there is no year 0000';
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = countDaysInMonth(y, month);
  if (d < 1 || d > days) return `${m[1]}-${m[2]} has no day ${m[3]} (it has ${days} days)`;
  return null;
}

/**
 * Reads the date deictic words count from: null when none is given; a ReferenceDateError when one is given but is not
 * a real day, because resolving against it would quietly turn every relative date into a wrong or unknown one.
 */
export function readReferenceDate(dct: string | null | undefined): Day | null {
  if (dct === null || dct === undefined) return null;
  const why = typeof dct === 'string' ? explainBadReferenceDate(dct) : 'it is not a string';
  if (why !== null) throw new ReferenceDateError(`the reference date ${JSON.stringify(dct)} is not a real calendar date: ${why}`);
  const m = ISO_DAY.exec(dct)!;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}
