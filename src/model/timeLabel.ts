import type { TimelineEvent } from './dataFile';
import { diffMonths, toUtcDay } from './calendar';
import { parseTimeValue } from './timeValue';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], Q: ['quarter', 'quarters'],
};

/** "8.5" → "8½": halves and quarters read better as fractions. */
function formatAmount(amount: number): string {
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  const glyph = fraction === 0.5 ? '½' : fraction === 0.25 ? '¼' : fraction === 0.75 ? '¾' : '';
  if (glyph) return whole === 0 ? glyph : `${whole}${glyph}`;
  return String(Math.round(amount * 10) / 10);
}

function countOf(amount: number, unit: [string, string]): string {
  return `${formatAmount(amount)} ${amount === 1 ? unit[0] : unit[1]}`;
}

/** "0079" → "79": early years read without the padding a TimeML value carries. */
const readYear = (year: string) => String(Number(year));

/** A day's position in its month, for approximate days: "early", "mid" or "late". */
const partOfMonth = (day: number) => (day <= 10 ? 'early' : day <= 20 ? 'mid' : 'late');

/**
 * A TimeML value in words at exactly its precision: "September 2022", "18 April 2023", "summer 2022",
 * "Q3 1998", "the 1990s", "18 April 2023, 21:25". Approximate days read as "about early August 2022".
 */
export function formatTimeValue(value: string, options: { approximate?: boolean } = {}): string {
  const v = value.trim().replace(/Z$/, '');
  const about = options.approximate ? 'about ' : '';
  if (v === 'PRESENT_REF') return 'now';
  if (v === 'PAST_REF') return 'in the past';
  if (v === 'FUTURE_REF') return 'in the future';
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|MI|AF|EV|NI|DT))?/)) && parseTimeValue(v)) {
    const [y, mo, d] = [readYear(m[1]!), Number(m[2]), Number(m[3])];
    const monthName = MONTHS[mo - 1]!;
    if (options.approximate && !m[4] && !m[6]) return `about ${partOfMonth(d)} ${monthName} ${y}`;
    const date = `${d} ${monthName} ${y}`;
    if (m[4]) return `${about}${date}, ${m[4]}:${m[5]}`;
    if (m[6]) return `${about}${date}, ${PARTS_OF_DAY[m[6]]}`;
    return `${about}${date}`;
  }
  if ((m = v.match(/^(\d{4})-(\d{2})$/)) && parseTimeValue(v)) return `${about}${MONTHS[Number(m[2]) - 1]} ${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{4})-W(\d{2})$/)) && parseTimeValue(v)) return `${about}week ${Number(m[2])} of ${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) return `${about}Q${m[2]} ${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{4})-H([12])$/))) return `${about}${m[2] === '1' ? 'first' : 'second'} half of ${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|AU|WI)$/))) return `${about}${SEASONS[m[2]!]} ${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{4})$/))) return `${about}${readYear(m[1]!)}`;
  if ((m = v.match(/^(\d{3})$/))) return `${about}the ${m[1]}0s`;
  if ((m = v.match(/^(\d{2})$/))) return `${about}the ${m[1]}00s`;
  if (v.startsWith('P')) return formatDuration(v);
  return v;
}

/** A TimeML duration in words: "P8.5M" → "8½ months", "P2M" → "2 months", "PT3H" → "3 hours", "PXY" → "years". */
export function formatDuration(value: string): string {
  const v = value.trim();
  const parts: string[] = [];
  // Sticky: each amount+unit must start exactly where the last one ended (and a failed match costs no rescan).
  const re = /(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHSQ])/y;
  let inTime = false;
  for (let i = 1; i < v.length; ) {
    if (v[i] === 'T') {
      inTime = true;
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(v);
    if (!m) return v;
    const unitKey = inTime && m[2] === 'M' ? 'MIN' : m[2]!;
    const unit = UNITS[unitKey]!;
    parts.push(m[1] === 'X' ? unit[1] : countOf(Number(m[1]), unit));
    i = re.lastIndex;
  }
  return parts.length ? parts.join(' ') : v;
}

/** Whole and half months between two instants, counted on the calendar. */
function monthsBetween(fromMs: number, toMs: number): number {
  const a = toUtcDay(fromMs);
  const b = toUtcDay(toMs);
  const months = diffMonths(a, b);
  const dayDelta = b.d - a.d;
  return Math.round((months + dayDelta / 30.4375) * 2) / 2;
}

/** The length of a range in words: "8½ months", "2 months", "12 days", "3 years". */
export function formatSpanLength(startMs: number, endMs: number): string {
  const days = Math.round((endMs - startMs) / 86_400_000);
  if (days < 45) return countOf(days, ['day', 'days']);
  const months = monthsBetween(startMs, endMs);
  if (months < 24) return countOf(months, ['month', 'months']);
  return countOf(Math.round(months / 6) / 2, ['year', 'years']);
}

/** Month ranges in one year read "March–April 2022"; everything else "A – B". */
function formatRange(start: string, end: string, approximate: boolean, approximateEnd: boolean): string {
  const a = start.match(/^(\d{4})-(\d{2})$/);
  const b = end.match(/^(\d{4})-(\d{2})$/);
  if (a && b && a[1] === b[1] && !approximate && !approximateEnd) {
    return `${MONTHS[Number(a[2]) - 1]}–${MONTHS[Number(b[2]) - 1]} ${readYear(a[1]!)}`;
  }
  return `${formatTimeValue(start, { approximate })} – ${formatTimeValue(end, { approximate: approximateEnd })}`;
}

type DatedEvent = Pick<TimelineEvent, 'start' | 'end' | 'approximate' | 'approximateEnd' | 'ongoing'>;

/** The short date of an event, as in its accessible name: "September 2022", "March–April 2022", "after 18 April 2023". */
export function formatEventDate(event: DatedEvent, published: string): string {
  if (event.start === 'FUTURE_REF') return `after ${formatTimeValue(published)}`;
  const range = event.end && event.end !== event.start
    ? formatRange(event.start, event.end, event.approximate, event.approximateEnd)
    : formatTimeValue(event.start, { approximate: event.approximate });
  return event.ongoing ? `${range}, ongoing` : range;
}

/** The date of an event in full words, with its length: "about early August 2022 – 18 April 2023, 8½ months, ongoing". */
export function formatEventDateLong(event: DatedEvent, published: string): string {
  if (event.start === 'FUTURE_REF' || !event.end || event.end === event.start) return formatEventDate(event, published);
  const start = parseTimeValue(event.start, published);
  const end = parseTimeValue(event.end, published);
  const range = formatRange(event.start, event.end, event.approximate, event.approximateEnd);
  const length = start && end ? `, ${formatSpanLength(start.startMs, end.granularity === 'day' ? end.startMs : end.endMs)}` : '';
  return `${range}${length}${event.ongoing ? ', ongoing' : ''}`;
}

/** How far an event's start lies from publication: "7 months before", "2 days after", "the day of publication". */
export function formatDistanceFromPublication(event: Pick<TimelineEvent, 'start' | 'approximate'>, published: string): string {
  if (event.start === 'FUTURE_REF') return 'after publication';
  if (event.start === 'PAST_REF') return 'before publication';
  const start = parseTimeValue(event.start, published);
  const pub = parseTimeValue(published);
  if (!start || !pub) return '';
  if (start.startMs >= pub.startMs && start.endMs <= pub.endMs) return 'the day of publication';
  const before = start.endMs <= pub.startMs;
  const about = event.approximate ? 'about ' : '';
  let amount: string;
  if (start.granularity === 'day' || start.granularity === 'time' || start.granularity === 'part-of-day') {
    const [fromMs, toMs] = before ? [start.startMs, pub.startMs] : [pub.startMs, start.startMs];
    amount = formatSpanLength(fromMs, toMs);
  } else if (start.granularity === 'month') {
    const months = Math.abs(diffMonths(toUtcDay(start.startMs), toUtcDay(pub.startMs)));
    // Past two years, months stop being a useful count: "3½ years", not "42 months" (to the quarter year).
    amount = months === 0 ? '' : months < 24 ? countOf(months, ['month', 'months']) : countOf(Math.round(months / 3) / 4, ['year', 'years']);
    if (!amount) return 'the month of publication';
  } else {
    const years = Math.abs(toUtcDay(pub.startMs).y - toUtcDay(start.startMs).y);
    amount = years === 0 ? '' : countOf(years, ['year', 'years']);
    if (!amount) return 'the year of publication';
  }
  return `${about}${amount} ${before ? 'before' : 'after'}`;
}
