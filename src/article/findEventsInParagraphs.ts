import type { TimelineEvent } from '../model/dataFile';

/** Ids of the events with a source in any of the given paragraphs (those in view are emphasised on the timeline). */
export function findEventsInParagraphs(events: readonly TimelineEvent[], paragraphIds: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (paragraphIds.size === 0) return found;
  for (const event of events) {
    if (event.sources.some((source) => paragraphIds.has(source.paragraph))) found.add(event.id);
  }
  return found;
}
