import { lazy, Suspense } from 'react';
import type { EventEditPanelProps } from './EventEditPanel';

// The editor reads typed dates with the project's tagger: loaded when the card first shows, not with the first page.
const EventEditPanel = lazy(() => import('./EventEditPanel').then((m) => ({ default: m.EventEditPanel })));

/** The card's editor, loaded on demand. */
export function LazyEventEditPanel(props: EventEditPanelProps) {
  if (!props.selectedEvent && !props.adding) return null;
  return (
    <Suspense fallback={<p className="event-editor-loading">Loading the editor…</p>}>
      <EventEditPanel {...props} />
    </Suspense>
  );
}
