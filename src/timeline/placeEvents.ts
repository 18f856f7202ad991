import type { TimelineEvent } from '../model/dataFile';
import { toEventSpan, type EventSpan } from '../model/eventSpan';
import { parseTimeValue } from '../model/timeValue';

/** An event with its position in time, ready for a scale. */
export interface PlacedEvent {
  event: TimelineEvent;
  span: EventSpan;
}

/** Events that can be drawn, in time order (start, then end, then id; future items after publication), and those whose dates name no position. */
export interface PlacedEvents {
  placed: PlacedEvent[];
  unplaced: TimelineEvent[];
}

// A future item is known only to come after the publication day, so it sorts after that day's events.
const orderMsOf = (span: EventSpan) => (span.future ? span.endMs : span.startMs);

/** Places every event against the publication day and sorts them the way the arrow keys walk them. */
export function placeEvents(events: readonly TimelineEvent[], published: string): PlacedEvents {
  const placed: PlacedEvent[] = [];
  const unplaced: TimelineEvent[] = [];
  for (const event of events) {
    const span = toEventSpan(event, published);
    if (span) placed.push({ event, span });
    else unplaced.push(event);
  }
  placed.sort((a, b) => orderMsOf(a.span) - orderMsOf(b.span) || a.span.endMs - b.span.endMs || (a.event.id < b.event.id ? -1 : 1));
  return { placed, unplaced };
}

const DAY_MS = 86_400_000;
// Room after the last date for open-ended items, so an arrow into the future has somewhere to point.
const OPEN_END_ROOM_RATIO = 0.12;
const MIN_SPAN_MS = 60 * DAY_MS;
const PADDING_RATIO = 0.04;
// The publication day joins the fitted view when it adds at most this share of the events' own span (or two years).
const PUBLICATION_REACH_RATIO = 0.5;
const PUBLICATION_REACH_MIN_MS = 730 * DAY_MS;

/** The earliest start and latest end, by a loop: a spread into Math.min overflows the stack past ~100,000 items. */
function measureExtentMs(placed: readonly PlacedEvent[]): [number, number] | null {
  if (placed.length === 0) return null;
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (const { span } of placed) {
    if (span.startMs < fromMs) fromMs = span.startMs;
    if (span.endMs > toMs) toMs = span.endMs;
  }
  return [fromMs, toMs];
}

function isNearEvents(publishedSpan: { startMs: number; endMs: number }, [fromMs, toMs]: [number, number]): boolean {
  const reachMs = Math.max((toMs - fromMs) * PUBLICATION_REACH_RATIO, PUBLICATION_REACH_MIN_MS);
  return publishedSpan.startMs >= fromMs - reachMs && publishedSpan.endMs <= toMs + reachMs;
}

/**
 * The domain that shows every event with a little padding, and the publication day when it lies near them: the
 * "Fit all" view. A history published decades after its events fits its events; the marker is a pan away.
 */
export function computeFitDomainMs(placed: readonly PlacedEvent[], published: string): [number, number] {
  const publishedSpan = parseTimeValue(published);
  const eventsExtent = measureExtentMs(placed);
  let extent = eventsExtent;
  if (publishedSpan && (!eventsExtent || isNearEvents(publishedSpan, eventsExtent))) {
    extent = eventsExtent
      ? [Math.min(eventsExtent[0], publishedSpan.startMs), Math.max(eventsExtent[1], publishedSpan.endMs)]
      : [publishedSpan.startMs, publishedSpan.endMs];
  }
  if (!extent) {
    const nowMs = Date.UTC(2000, 0, 1);
    return [nowMs - MIN_SPAN_MS / 2, nowMs + MIN_SPAN_MS / 2];
  }
  let [fromMs, toMs] = extent;
  if (toMs - fromMs < MIN_SPAN_MS) {
    const middleMs = (fromMs + toMs) / 2;
    [fromMs, toMs] = [middleMs - MIN_SPAN_MS / 2, middleMs + MIN_SPAN_MS / 2];
  }
  if (placed.some((p) => p.span.openEnd)) toMs += (toMs - fromMs) * OPEN_END_ROOM_RATIO;
  const paddingMs = (toMs - fromMs) * PADDING_RATIO;
  return [fromMs - paddingMs, toMs + paddingMs];
}
