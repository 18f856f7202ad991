import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** What the arrow keys need: the events in time order, the selection, and the marks' container. */
export interface MarkKeyboardOptions {
  orderedIds: readonly string[];
  selectedId: string | null;
  onSelect: (eventId: string | null) => void;
  marksRef: RefObject<SVGGElement | null>;
}

/** The id of the event whose mark holds `target`, or null. */
export const eventIdOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null : null;

const findMark = (marks: SVGGElement | null, eventId: string) =>
  Array.from(marks?.querySelectorAll<SVGGElement>('[data-event-id]') ?? []).find((mark) => mark.dataset.eventId === eventId);

/**
 * Arrow keys walk every event in time order, Home/End jump to the ends, Enter/Space select, Escape clears.
 * The next event may be off-screen or in a cluster: the timeline lays the selected event out as a mark, and
 * focus moves to it once it is drawn (the same commit that selects it, or the next).
 */
export function useMarkKeyboard({ orderedIds, selectedId, onSelect, marksRef }: MarkKeyboardOptions) {
  const pendingFocusRef = useRef<string | null>(null);
  const indexById = useRef(new Map<string, number>());
  useEffect(() => {
    indexById.current = new Map(orderedIds.map((id, index) => [id, index]));
  }, [orderedIds]);

  const focusMark = useCallback((eventId: string) => {
    const mark = findMark(marksRef.current, eventId);
    // preventScroll: the svg clips off-screen marks itself; the page must not jump.
    if (mark) mark.focus({ preventScroll: true });
    pendingFocusRef.current = mark ? null : eventId;
  }, [marksRef]);

  // A mark asked for before it was drawn takes focus as soon as it is.
  useEffect(() => {
    if (pendingFocusRef.current) focusMark(pendingFocusRef.current);
  });

  return useCallback((event: KeyboardEvent<SVGGElement>) => {
    const eventId = eventIdOf(event.target);
    if (!eventId) return;
    const index = indexById.current.get(eventId) ?? orderedIds.indexOf(eventId);
    let nextId: string | undefined;
    switch (event.key) {
      case 'ArrowRight': nextId = orderedIds[Math.min(index + 1, orderedIds.length - 1)]; break;
      case 'ArrowLeft': nextId = orderedIds[Math.max(index - 1, 0)]; break;
      case 'Home': nextId = orderedIds[0]; break;
      case 'End': nextId = orderedIds[orderedIds.length - 1]; break;
      case 'Enter':
      case ' ': nextId = eventId; break;
      case 'Escape':
        event.preventDefault();
        onSelect(null);
        return;
      default: return;
    }
    event.preventDefault();
    if (!nextId) return;
    if (nextId !== selectedId) onSelect(nextId);
    if (nextId !== eventId) focusMark(nextId);
  }, [orderedIds, onSelect, selectedId, focusMark]);
}
