import type { TimelineEvent } from '../model/dataFile';
import type { EventEdit } from '../model/curation';

/**
 * The extracted event an edit belongs to: the same id when that event still has the edit's quote among its sources
 * (or the edit has no quote); else the event whose source is, or else contains, the quote (ids may be renumbered by a
 * new extraction). Undefined when the words are gone: the edit no longer applies.
 */
export function findEditTarget(events: readonly TimelineEvent[], edit: Pick<EventEdit, 'id' | 'quote'>): TimelineEvent | undefined {
  const quote = edit.quote;
  const byId = events.find((event) => event.id === edit.id);
  if (byId && (quote === undefined || byId.sources.some((s) => s.text.includes(quote)))) return byId;
  if (quote === undefined) return undefined;
  return events.find((event) => event.sources.some((s) => s.text === quote))
    ?? events.find((event) => event.sources.some((s) => s.text.includes(quote)));
}
