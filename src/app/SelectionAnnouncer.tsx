import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';

/** Tells screen-reader users what got selected, wherever the selection came from (mark, mention, key, URL). */
export function SelectionAnnouncer({ event, published }: { event: TimelineEvent | null; published: string }) {
  const message = event ? `Selected: ${event.title}, ${formatEventDate(event, published)}.` : '';
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
      {message}
    </p>
  );
}
