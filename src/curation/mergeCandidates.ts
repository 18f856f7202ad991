import type { TimelineEvent } from '../model/dataFile';

/**
 * How many events the merge list offers at once. A list of every event would rebuild 10,000 options each time
 * another event is selected (and nobody scrolls them); duplicates sit close in time, and a search finds the rest.
 */
export const MERGE_CHOICES = 40;

/** The events in time order (start value, then id): ISO-style values sort by time as text. */
export function sortForMerging(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  return [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The events offered for merging into `event`, in time order: with no search, the `limit` nearest to it in time
 * (every other event when there are no more than that); with a search, those whose title contains it or whose date
 * value starts with it (case ignored), the first `limit` of them.
 */
export function findMergeCandidates(
  sorted: readonly TimelineEvent[],
  event: TimelineEvent,
  search: string,
  limit: number = MERGE_CHOICES,
): TimelineEvent[] {
  const others = sorted.filter((e) => e.id !== event.id);
  const needle = search.trim().toLowerCase();
  if (needle) {
    const found: TimelineEvent[] = [];
    for (const other of others) {
      if (other.title.toLowerCase().includes(needle) || other.start.toLowerCase().startsWith(needle)) found.push(other);
      if (found.length === limit) break;
    }
    return found;
  }
  if (others.length <= limit) return others;
  // A window of `limit` around where the event sits in time, moved inwards at either end.
  const at = sorted.findIndex((e) => e.id === event.id);
  const first = Math.max(0, Math.min(others.length - limit, (at < 0 ? 0 : at) - Math.floor(limit / 2)));
  return others.slice(first, first + limit);
}
