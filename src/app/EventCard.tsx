import { memo, type ReactNode } from 'react';
import type { TimelineEvent } from '../model/dataFile';
import { formatDistanceFromPublication, formatEventDateLong } from '../model/timeLabel';

/** Props of the card describing the selected event. */
export interface EventCardProps {
  event: TimelineEvent | null;
  /** article.published, YYYY-MM-DD */
  published: string;
  /** Shown under the facts: the editor, when editing is on. */
  children?: ReactNode;
}

/** The selected event in words: title, dates, distance from publication, the quoted source and why this date. */
export const EventCard = memo(function EventCard({ event, published, children }: EventCardProps) {
  return (
    // Focusable: on phones the card is a small scroll box that keyboard users must be able to scroll.
    <section aria-label="Selected event" className="event-card" tabIndex={0}>
      {event ? (
        <>
          <h2 className="event-card-title">{event.title}</h2>
          <dl className="event-card-facts">
            <div>
              <dt>When</dt>
              <dd data-testid="event-date">{formatEventDateLong(event, published)}</dd>
            </div>
            <div>
              <dt>From publication</dt>
              <dd data-testid="event-distance">{formatDistanceFromPublication(event, published)}</dd>
            </div>
          </dl>
          {event.sources.map((source, index) => (
            <blockquote key={index} className="event-card-quote">{source.text}</blockquote>
          ))}
          {event.why.length > 0 && (
            <>
              <h3 className="event-card-why-heading">Why this date</h3>
              <ul className="event-card-why">
                {event.why.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className="event-card-hint">Choose an event on the timeline, or a date in the article, to see where it comes from.</p>
      )}
      {children}
    </section>
  );
});
