import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EventListProps } from './EventList';

const ROW_HEIGHT_PX = 32;
const LIST_HEIGHT_PX = 240;

/** Only the rows in the scroll window (plus a few) are in the DOM; each tells its place with aria-posinset. */
export function VirtualRows({ items, selectedId, onSelect }: EventListProps) {
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

