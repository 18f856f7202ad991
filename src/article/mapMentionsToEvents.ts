import type { TimelineEvent } from '../model/dataFile';
import { toEventSpan } from '../model/eventSpan';

/**
 * Which event each mention selects. When several events share a mention, the first in time wins
 * (events with no position in time come last; ties keep the file's order).
 */
export function mapMentionsToEvents(events: readonly TimelineEvent[], published: string): ReadonlyMap<string, string> {
  const startMs = (event: TimelineEvent) => toEventSpan(event, published)?.startMs ?? Number.POSITIVE_INFINITY;
  const inTimeOrder = events
    .map((event, order) => ({ event, order, startMs: startMs(event) }))
    .sort((a, b) => a.startMs - b.startMs || a.order - b.order);
  const byMention = new Map<string, string>();
  for (const { event } of inTimeOrder) {
    for (const mentionId of event.mentions) {
      if (!byMention.has(mentionId)) byMention.set(mentionId, event.id);
    }
  }
  return byMention;
}
