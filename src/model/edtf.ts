import { addDays, formatDay, startOfIsoWeekOfYear } from './calendar';

/** The dates of an event as the EDTF formatter needs them. */
export interface EdtfInput {
  start: string;
  end?: string;
  approximate: boolean;
  approximateEnd: boolean;
  ongoing: boolean;
}

// EDTF level 2 sub-year groupings: 21–24 seasons, 33–36 quarters, 40–41 semesters.
const SEASON_CODE: Record<string, number> = { SP: 21, SU: 22, FA: 23, AU: 23, WI: 24 };

function isoWeekDays(year: number, week: number): [string, string] {
  const monday = startOfIsoWeekOfYear(year, week);
  return [formatDay(monday), formatDay(addDays(monday, 6))];
}

/**
 * A TimeML date value in EDTF: days, months, years and times are the same; seasons, quarters and halves become
 * EDTF sub-year groupings ("2022-SU" → "2022-22"); a decade "199" → "199X", a century "19" → "19XX"; a part of day
 * keeps its day; a week becomes the interval of its days. Null for values that name no date (P2M, PAST_REF).
 */
export function toEdtfDate(value: string): string | null {
  let m: RegExpExecArray | null;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
  // A time keeps its zone ("15:00 GMT" → T15:00Z): EDTF level 0 writes it as ISO 8601 does.
  if ((m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)$/.exec(value))) return `${m[1]}T${m[2]}`;
  if ((m = /^(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI|DT)$/.exec(value))) return m[1]!;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return `${m[1]}-${SEASON_CODE[m[2]!]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `${m[1]}-${32 + Number(m[2])}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[1]}-${39 + Number(m[2])}`;
  if ((m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value))) {
    const [first, last] = isoWeekDays(Number(m[1]), Number(m[2]));
    return `${first}/${last}`;
  }
  if (/^\d{3}$/.test(value)) return `${value}X`;
  if (/^\d{2}$/.test(value)) return `${value}XX`;
  return null;
}

/**
 * An event's dates in EDTF (ISO 8601-2): "2022-09"; "2022-03/2022-04"; an approximate start of a range still going on
 * at publication "2022-08-03~/.."; a planned event with no date, some day on or after publication,
 * "[2023-04-18..]" (a one-of set open at the end: one date we do not know yet, not a period lasting for ever).
 * Null when the start names no date and no publication date is known.
 */
export function formatEdtf(event: EdtfInput, published: string): string | null {
  if (event.start === 'FUTURE_REF') return `[${published}..]`;
  if (event.start === 'PAST_REF') return `[..${published}]`;
  const start = toEdtfDate(event.start === 'PRESENT_REF' ? published : event.start);
  if (!start) return null;
  const mark = (date: string, approximate: boolean) => `${date}${approximate ? '~' : ''}`;
  // A week is itself an interval of days: as a single date it stays one, inside a range only its first/last day.
  const [startFirst = start, startLast] = start.split('/');
  if (!event.end && !event.ongoing) return startLast ? `${mark(startFirst, event.approximate)}/${mark(startLast, event.approximate)}` : mark(start, event.approximate);
  const startPart = mark(startFirst, event.approximate);
  if (event.ongoing) return `${startPart}/..`;
  const endValue = toEdtfDate(event.end!);
  if (!endValue) return null;
  const end = endValue.split('/').pop()!;
  return `${startPart}/${end}${event.approximateEnd ? '~' : ''}`;
}
