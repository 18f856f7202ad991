import { useLayoutEffect, useState, type RefObject } from 'react';

/** Used until the element has been measured, and where there is no layout at all (jsdom). */
export const FALLBACK_WIDTH_PX = 800;

/** The content width of an element in whole px, kept current by a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallbackPx = FALLBACK_WIDTH_PX): number {
  const [widthPx, setWidthPx] = useState(fallbackPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (measuredPx: number) => {
      // A zero width means "not laid out yet" (hidden tab, jsdom), not "draw nothing".
      if (measuredPx > 0) setWidthPx(Math.floor(measuredPx));
    };
    update(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return widthPx;
}
