import type { TimelineEvent } from './dataFile';
import { parseTimeValue, type TimeSpan } from './timeValue';

/** Where an event sits in time, ready for a scale: [startMs, endMs) plus how its ends are drawn. */
export interface EventSpan extends TimeSpan {
  /** A single day, month, year… rather than a range of them. */
  isRange: boolean;
  /** Runs past its end into the unknown (ongoing, or a future item with no date yet). */
  openEnd: boolean;
  /** Expected after publication with no date of its own (FUTURE_REF). */
  future: boolean;
}

/** The span of an event against the publication day; null when its values name no position in time. */
export function toEventSpan(event: Pick<TimelineEvent, 'start' | 'end' | 'ongoing'>, published: string): EventSpan | null {
  const publishedSpan = parseTimeValue(published);
  if (event.start === 'FUTURE_REF') {
    if (!publishedSpan) return null;
    return { ...publishedSpan, isRange: true, openEnd: true, future: true };
  }
  const start = parseTimeValue(event.start, published);
  if (!start) return null;
  const end = event.end ? parseTimeValue(event.end, published) : null;
  const endMs = Math.max(start.endMs, end?.endMs ?? start.endMs);
  return {
    startMs: start.startMs,
    endMs,
    granularity: start.granularity,
    isRange: Boolean(end) && endMs > start.endMs,
    openEnd: event.ongoing,
    future: false,
  };
}
