import { memo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

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

const ROW_HEIGHT_PX = 32;
const LIST_HEIGHT_PX = 240;

function VirtualRows({ items, selectedId, onSelect }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in the scroll window (plus a few) are in the DOM; each tells its place with aria-posinset.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 8,
    initialRect: { width: 600, height: LIST_HEIGHT_PX },
  });
  return (
    <div ref={scrollRef} className="event-list-scroll" style={{ maxHeight: LIST_HEIGHT_PX }}>
      <ul className="event-list" aria-label="All events in time order" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={item.id}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT_PX }}
            >
              <button
                type="button"
                data-list-event-id={item.id}
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(item.id)}
              >
                {item.name}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function EventListView(props: EventListProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{`List all ${props.items.length.toLocaleString('en-GB')} events`}</summary>
      {/* Rendered only when open: a closed list costs nothing at 10,000 events. */}
      {open && <VirtualRows {...props} />}
    </details>
  );
}

/** A disclosure with a virtualised list of every event: the screen-reader-friendly view of the whole story. */
export const EventList = memo(EventListView);
