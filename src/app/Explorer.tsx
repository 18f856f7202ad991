import { useEffect, useMemo, useRef, useState } from 'react';
import { ArticlePane } from '../article/ArticlePane';
import { findEventsInParagraphs } from '../article/findEventsInParagraphs';
import type { DataFile } from '../model/dataFile';
import { importIntoLibrary } from '../library/lazyLibrary';
import { Timeline } from '../timeline/Timeline';
import { CategoryFilterContext } from '../curation/categoryFilter';
import { CurationBar } from '../curation/CurationBar';
import { LazyEventEditPanel } from '../curation/LazyEventEditPanel';
import { PrintEventsWhenPrinting } from '../curation/PrintEventsWhenPrinting';
import { useArticleSelection } from '../curation/useArticleSelection';
import { useCategoryFilter } from '../curation/useCategoryFilter';
import { useCuration } from '../curation/useCuration';
import { useClearVanishedSelection } from '../curation/useClearVanishedSelection';
import { useUndoShortcuts } from '../curation/useUndoShortcuts';
import '../curation/curation.css';
import { ErrorBoundary } from './ErrorBoundary';
import { EventCard } from './EventCard';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { SkipLink } from './SkipLink';
import { useEscapeToClear } from './useEscapeToClear';
import { useSelection } from './useSelection';
import { useStickyTimelineOffset } from './useStickyTimelineOffset';

const NO_PARAGRAPHS: ReadonlySet<string> = new Set();

/** The loaded app: timeline, selected-event card and article, linked through one selection kept in the URL. */
export function Explorer({ file: extracted }: { file: DataFile }) {
  // Hand edits lie over the extracted file; everything below shows the curated one.
  const curation = useCuration(extracted);
  const file = curation.file;
  const { article, events } = file;
  const extractedIds = useMemo(() => new Set(extracted.events.map((e) => e.id)), [extracted.events]);
  const { filter, visibleEvents } = useCategoryFilter(events);
  const [articleSelection, clearArticleSelection] = useArticleSelection();
  const [adding, setAdding] = useState(false);
  useUndoShortcuts(curation.undo, curation.redo);
  const eventIds = useMemo(() => new Set(events.map((e) => e.id)), [events]);
  const { selectedId, select, notice } = useSelection(eventIds);
  useClearVanishedSelection(eventIds, select);
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
            <CategoryFilterContext.Provider value={filter}>
            <Timeline events={visibleEvents} published={article.published} selectedId={selectedId} emphasisedIds={emphasisedIds} onSelect={select} />
            </CategoryFilterContext.Provider>
          </ErrorBoundary>
        </div>
        <div className="explorer-card">
          {/* Beside the card, not in the timeline's box: the timeline keeps all of its bounded height for lanes. */}
          <CurationBar curation={curation} selection={articleSelection} onAddFromSelection={() => setAdding(true)} onImported={importIntoLibrary} />
          {notice && (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          <EventCard event={adding ? null : selectedEvent} published={article.published}>
            <LazyEventEditPanel
              curation={curation}
              extractedIds={extractedIds}
              selectedEvent={selectedEvent}
              selection={articleSelection}
              adding={adding}
              onAddingDone={() => {
                setAdding(false);
                clearArticleSelection();
              }}
              onSelect={select}
            />
          </EventCard>
        </div>
        <ArticlePane file={file} selectedId={selectedId} onSelect={select} onParagraphsInView={setParagraphsInView} />
        <PrintEventsWhenPrinting file={file} />
        <SelectionAnnouncer event={selectedEvent} published={article.published} />
      </main>
    </>
  );
}
