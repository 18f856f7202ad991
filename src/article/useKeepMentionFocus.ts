import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Selecting from a mention re-renders its paragraph with the source highlighted; the mention's button moves into
 * the highlight and is a new element, so the focus would drop to <body>. This wraps onSelect to remember which
 * mention had focus and puts focus back on it (the same mention id) after the paragraph re-renders.
 */
export function useKeepMentionFocus(rootRef: RefObject<HTMLElement | null>, onSelect: (eventId: string) => void): (eventId: string) => void {
  const mentionIdRef = useRef<string | null>(null);

  useLayoutEffect(() => {
    const mentionId = mentionIdRef.current;
    const root = rootRef.current;
    if (mentionId === null || !root) return;
    mentionIdRef.current = null;
    const active = root.ownerDocument.activeElement;
    if (active && active !== root.ownerDocument.body && active.isConnected) return;
    const buttons = root.querySelectorAll<HTMLElement>('button[data-mention-id]');
    Array.from(buttons).find((button) => button.dataset.mentionId === mentionId)?.focus({ preventScroll: true });
  });

  return useCallback(
    (eventId: string) => {
      const active = rootRef.current?.ownerDocument.activeElement;
      const mentionId = active instanceof HTMLElement && rootRef.current?.contains(active) ? active.dataset.mentionId : undefined;
      mentionIdRef.current = mentionId ?? null;
      onSelect(eventId);
    },
    [rootRef, onSelect],
  );
}
