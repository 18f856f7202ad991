import { useEffect, type RefObject } from 'react';

/**
 * Keeps `--sticky-timeline-height` on <html> equal to the timeline box's height. Where the page scrolls under a
 * sticky timeline (short screens, 200 % zoom), app.css turns it into scroll-padding, so a focused mention or a
 * scrolled-to paragraph lands below the timeline instead of under it.
 */
export function useStickyTimelineOffset(timelineBoxRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const box = timelineBoxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const root = box.ownerDocument.documentElement;
    const update = () => root.style.setProperty('--sticky-timeline-height', `${Math.ceil(box.getBoundingClientRect().height)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-timeline-height');
    };
  }, [timelineBoxRef]);
}
