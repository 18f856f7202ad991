import { useEffect, useRef } from 'react';
import { readEventIdFromHash } from '../app/useSelection';

/**
 * Clears the selection when an edit removes the selected event (delete, merge, undoing an add): the reader chose it,
 * so it vanishing by their own hand is no reason for an "unknown event" notice. A link to an unknown id still gets one.
 */
export function useClearVanishedSelection(eventIds: ReadonlySet<string>, select: (eventId: string | null) => void): void {
  const previousIds = useRef(eventIds);
  useEffect(() => {
    const selectedId = readEventIdFromHash(window.location.hash);
    if (selectedId && previousIds.current.has(selectedId) && !eventIds.has(selectedId)) select(null);
    previousIds.current = eventIds;
  }, [eventIds, select]);
}
