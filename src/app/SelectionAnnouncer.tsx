import { useState } from 'react';
import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';

/**
 * Tells screen-reader users what got selected, wherever the selection came from (mark, mention, key, URL), and
 * that it was cleared (Escape works from anywhere, so the reader may not see where it went).
 */
export function SelectionAnnouncer({ event, published }: { event: TimelineEvent | null; published: string }) {
  const [previous, setPrevious] = useState(event);
  const [cleared, setCleared] = useState(false);
  if (event !== previous) {
    // Derived from the change itself, during render (React's "storing information from previous renders").
    setPrevious(event);
    setCleared(event === null);
  }
  const message = event ? `Selected: ${event.title}, ${formatEventDate(event, published)}.` : cleared ? 'Selection cleared.' : '';
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcement">
      {message}
    </p>
  );
}
