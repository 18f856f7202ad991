import { useCallback, useMemo, useState } from 'react';
import type { Category, TimelineEvent } from '../model/dataFile';
import type { CategoryFilter } from './categoryFilter';

/** The legend's category toggles and the events they leave on the timeline. */
export function useCategoryFilter(events: readonly TimelineEvent[]): { filter: CategoryFilter; visibleEvents: TimelineEvent[] } {
  const [hidden, setHidden] = useState<ReadonlySet<Category>>(() => new Set());
  const toggle = useCallback((category: Category) => {
    setHidden((was) => {
      const next = new Set(was);
      if (!next.delete(category)) next.add(category);
      return next;
    });
  }, []);
  const filter = useMemo(() => ({ hidden, toggle }), [hidden, toggle]);
  // Same array when nothing is hidden, so the timeline's memoised layout is kept.
  const visibleEvents = useMemo(
    () => (hidden.size === 0 ? (events as TimelineEvent[]) : events.filter((e) => !hidden.has(e.category))),
    [events, hidden],
  );
  return { filter, visibleEvents };
}
