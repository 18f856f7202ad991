import type { TimelineEvent } from '../model/dataFile';
import { toEventSpan } from '../model/eventSpan';

/**
 * Which event each mention selects. An event's first mention is the one that dates it, so a mention
 * goes to the event it dates before any event it only helps to place ("in May" selects the capture,
 * not the two months of fighting that end in May). Among equals the first in time wins (events with
 * no position in time come last; ties keep the file's order).
 */
export function mapMentionsToEvents(events: readonly TimelineEvent[], published: string): ReadonlyMap<string, string> {
  const startMs = (event: TimelineEvent) => toEventSpan(event, published)?.startMs ?? Number.POSITIVE_INFINITY;
  const links = events.flatMap((event, order) =>
    event.mentions.map((mentionId, rank) => ({ mentionId, eventId: event.id, rank, startMs: startMs(event), order })),
  );
  links.sort((a, b) => a.rank - b.rank || a.startMs - b.startMs || a.order - b.order);
  const byMention = new Map<string, string>();
  for (const { mentionId, eventId } of links) {
    if (!byMention.has(mentionId)) byMention.set(mentionId, eventId);
  }
  return byMention;
}
