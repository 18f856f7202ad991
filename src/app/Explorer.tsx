import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticlePane } from '../article/ArticlePane';
import { findEventsInParagraphs } from '../article/findEventsInParagraphs';
import type { DataFile } from '../model/dataFile';
import { Timeline } from '../timeline/Timeline';
import { ErrorBoundary } from './ErrorBoundary';
import { EventCard } from './EventCard';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { SkipLink } from './SkipLink';
import { useEscapeToClear } from './useEscapeToClear';
import { useSelection } from './useSelection';
import { useStickyTimelineOffset } from './useStickyTimelineOffset';

const NO_PARAGRAPHS: ReadonlySet<string> = new Set();

/** The loaded app: timeline, selected-event card and article, linked through one selection kept in the URL. */
export function Explorer({ file }: { file: DataFile }) {
  const { article, events } = file;
  const eventIds = useMemo(() => new Set(events.map((e) => e.id)), [events]);
  const { selectedId, select, notice } = useSelection(eventIds);
  const selectedEvent = useMemo(() => events.find((e) => e.id === selectedId) ?? null, [events, selectedId]);
  useEscapeToClear(selectedId !== null, select);
  const timelineBoxRef = useRef<HTMLDivElement>(null);
  useStickyTimelineOffset(timelineBoxRef);
  const [paragraphsInView, setParagraphsInView] = useState(NO_PARAGRAPHS);
  // Keyed on the ids themselves: scrolling that changes which paragraphs show but not which events
  // they hold must not re-render the timeline.
  const emphasisedKey = [...findEventsInParagraphs(events, paragraphsInView)].sort().join(' ');
  const emphasisedIds = useMemo<ReadonlySet<string>>(() => new Set(emphasisedKey ? emphasisedKey.split(' ') : []), [emphasisedKey]);

  useEffect(() => {
    document.title = `${article.title} · Dateline`;
  }, [article.title]);

  return (
    <>
      <SkipLink targetId="article" />
      <main className="explorer">
        <div className="explorer-timeline" ref={timelineBoxRef}>
          <ErrorBoundary title="The timeline could not be drawn" headingLevel={2}>
            <Timeline events={events} published={article.published} selectedId={selectedId} emphasisedIds={emphasisedIds} onSelect={select} />
          </ErrorBoundary>
        </div>
        <div className="explorer-card">
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <EventCard event={selectedEvent} published={article.published} />
        </div>
        <ArticlePane file={file} selectedId={selectedId} onSelect={select} onParagraphsInView={setParagraphsInView} />
        <SelectionAnnouncer event={selectedEvent} published={article.published} />
      </main>
    </>
  );
}
