import { useLayoutEffect, useState, type RefObject } from 'react';
import { FALLBACK_WIDTH_PX } from './useElementWidth';

/** The box's width and the most height its lanes may take, in px; null until measured. */
export interface BoxSize {
  widthPx: number;
  /** The box's CSS max-height resolved to px (Infinity when it has none). */
  maxHeightPx: number;
}

const readMaxHeightPx = (element: HTMLElement) => {
  const value = Number.parseFloat(getComputedStyle(element).maxHeight);
  return Number.isFinite(value) && value > 0 ? value : Infinity;
};

/**
 * Measures the box before the first paint (a layout effect), so the marks are laid out once for the real size
 * rather than drawn for a guess and again; then follows it with a ResizeObserver. The max-height comes from CSS
 * (`--timeline-max-height`, or the timeline's own share of the viewport), re-read on every resize.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize | null {
  const [size, setSize] = useState<BoxSize | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (measuredPx: number) => {
      // A zero width means "not laid out yet" (hidden tab, jsdom), not "draw nothing".
      const widthPx = measuredPx > 0 ? Math.floor(measuredPx) : FALLBACK_WIDTH_PX;
      const maxHeightPx = readMaxHeightPx(element);
      setSize((was) => (was && was.widthPx === widthPx && was.maxHeightPx === maxHeightPx ? was : { widthPx, maxHeightPx }));
    };
    update(element.clientWidth);
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry && entry.contentRect.width > 0) update(entry.contentRect.width);
    });
    observer.observe(element);
    // The max-height follows the viewport's height, which need not change the box's width.
    const onResize = () => update(element.clientWidth);
    window.addEventListener('resize', onResize);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  }, [ref]);
  return size;
}
