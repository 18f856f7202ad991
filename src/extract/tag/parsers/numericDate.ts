import { formatDay, isRealDay } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

/** Slashed dates only: dashes and dots are too often scores, ranges and version numbers. */
const PATTERN = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

function extract(match: RegExpExecArray): Draft | null {
  const [, a, b, yText = ''] = match;
  let y = Number(yText);
  if (yText.length === 2) y += y < 50 ? 2000 : 1900;
  // US order (month/day) unless the first number cannot be a month.
  const first = Number(a);
  const second = Number(b);
  const day = first > 12 ? { y, m: second, d: first } : { y, m: first, d: second };
  if (!isRealDay(day)) return null;
  const value = formatDay(day);
  return makeDraft(match, 'numericDate', 'DATE', {
    value, absolute: true,
    trace: [`"${match[0]}" is a numeric date (${first > 12 ? 'day/month' : 'month/day'}/year)`, `→ ${value}`],
  });
}

/** "10/12/2005", "25/12/05". */
export const numericDateParser: Parser = { name: 'numericDate', pattern: PATTERN, extract };
