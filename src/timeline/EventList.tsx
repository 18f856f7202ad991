import { lazy, memo, Suspense, useState } from 'react';

// The virtualiser loads with the first opening of the list, not with the page.
const VirtualRows = lazy(() => import('./EventListRows').then((m) => ({ default: m.VirtualRows })));

/** One row of the list: the event's id and its name "<date>: <title>". */
export interface EventListItem {
  id: string;
  name: string;
}

/** Every event in time order as a list a screen reader can walk, however many there are. */
export interface EventListProps {
  items: readonly EventListItem[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
}

function EventListView(props: EventListProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{`List all ${props.items.length.toLocaleString('en-GB')} ${props.items.length === 1 ? 'event' : 'events'}`}</summary>
      {/* Rendered only when open: a closed list costs nothing at 10,000 events. */}
      {open && (
        <Suspense fallback={<p role="status">Loading the list…</p>}>
          <VirtualRows {...props} />
        </Suspense>
      )}
    </details>
  );
}

/** A disclosure with a virtualised list of every event: the screen-reader-friendly view of the whole story. */
export const EventList = memo(EventListView);
