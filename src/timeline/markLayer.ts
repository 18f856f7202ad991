/** How the marks are drawn: every part in the DOM, or painted on a canvas under a light DOM layer. */
export type MarkLayerKind = 'dom' | 'canvas';

/**
 * From this many events on, marks are painted on a canvas. Chosen by `npm run bench`, which times both layers on the
 * same data: at 1,000 events the DOM was as quick (usable, zoom frames), at 10,000 the canvas kept pan frames at
 * 16.8 ms against 33 ms and the settling frame shorter, with half the elements in the marks layer.
 */
export const CANVAS_MIN_EVENTS = 5_000;

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
