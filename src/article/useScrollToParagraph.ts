import { useEffect, type RefObject } from 'react';
import { findScrollContainer, isReadable, scrollToCentre } from './scrollContainer';

// The panes above the article settle after the first paint (the timeline measures its width and adds
// lanes), shrinking the article pane from the top; for this long a paragraph we brought into view is
// kept there when the pane resizes. After that, the reader's own scrolling wins.
const SETTLE_MS = 2000;

/** Smooth scrolling, unless the reader asked the system for less motion. */
export function chooseScrollBehavior(): ScrollBehavior {
  const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}

/**
 * Brings a paragraph into view in the article pane whenever the selection changes (even to another
 * event in the same paragraph), unless it is already readable there — clicking a mention must not
 * make the text jump under the reader's pointer. Only the pane scrolls (or, on short screens, the page
 * below the sticky timeline): the timeline never scrolls away.
 */
export function useScrollToParagraph(rootRef: RefObject<HTMLElement | null>, paragraphId: string | null, selectionKey: string | null): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !paragraphId) return undefined;
    const target = root.ownerDocument.getElementById(`para-${paragraphId}`);
    if (!target || !root.contains(target)) return undefined;
    const container = findScrollContainer(root);
    const bringIntoView = (behavior: ScrollBehavior) => {
      if (!isReadable(target, container)) scrollToCentre(target, container, behavior);
    };
    bringIntoView(chooseScrollBehavior());

    if (typeof ResizeObserver === 'undefined') return undefined;
    const settleUntilMs = Date.now() + SETTLE_MS;
    const observer = new ResizeObserver(() => {
      if (Date.now() > settleUntilMs) observer.disconnect();
      else bringIntoView('auto');
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [rootRef, paragraphId, selectionKey]);
}
