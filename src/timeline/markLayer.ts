/** How the marks are drawn: every part in the DOM, or painted on a canvas under a light DOM layer. */
export type MarkLayerKind = 'dom' | 'canvas';

/**
 * From this many events on, marks are painted on a canvas. Chosen by `npm run bench`, which times both layers at
 * 100, 1,000 and 10,000 events (the DOM is as quick or quicker below; see README, Performance).
 */
export const CANVAS_MIN_EVENTS = 1_000;

declare global {
  interface Window {
    /** Set by the bench (an init script) to time one layer against the other on the same data. */
    __datelineMarkLayer?: MarkLayerKind;
  }
}

/** The layer for `eventCount` events, unless the bench asked for one. */
export function chooseMarkLayer(eventCount: number): MarkLayerKind {
  const forced = typeof window === 'undefined' ? undefined : window.__datelineMarkLayer;
  if (forced === 'dom' || forced === 'canvas') return forced;
  return eventCount >= CANVAS_MIN_EVENTS ? 'canvas' : 'dom';
}
