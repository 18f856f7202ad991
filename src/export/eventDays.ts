import { addDays, formatDay, parseIsoDay } from '../model/calendar';
import type { TimelineEvent } from '../model/dataFile';
import { toEventSpan } from '../model/eventSpan';
import { parseTimeValue } from '../model/timeValue';

/** An event's days for formats that only know days: first day and the day after the last (exclusive). */
export interface EventDays {
  /** YYYY-MM-DD */
  first: string;
  /** YYYY-MM-DD, exclusive: a month "2022-09" runs 2022-09-01 … 2022-10-01. */
  afterLast: string;
}

const isoDayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The days an event covers, at its own precision: a day is one day, a month all its days, a range from the first day
 * of its start to the last of its end; an ongoing event runs to the publication day. Null when it has no position.
 */
export function eventDaysOf(event: TimelineEvent, published: string): EventDays | null {
  if (event.start === 'FUTURE_REF' || event.start === 'PAST_REF') return null;
  const span = toEventSpan(event, published);
  if (!span) return null;
  let endMs = span.endMs;
  if (event.ongoing) endMs = Math.max(endMs, parseTimeValue(published)?.endMs ?? endMs);
  // Times and parts of a day fall inside one day: whole days only.
  const lastDay = parseIsoDay(isoDayOf(endMs - 1));
  if (!lastDay) return null;
  return { first: isoDayOf(span.startMs), afterLast: formatDay(addDays(lastDay, 1)) };
}
