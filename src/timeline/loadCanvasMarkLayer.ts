import type { CanvasMarkLayer } from './CanvasMarkLayer';

let loading: Promise<{ default: typeof CanvasMarkLayer }> | null = null;

/**
 * The canvas mark layer's code, loaded once: by the timeline when it needs it, or earlier by the app when a large
 * data file is on its way, so the first render does not wait for it.
 */
export function loadCanvasMarkLayer(): Promise<{ default: typeof CanvasMarkLayer }> {
  loading ??= import('./CanvasMarkLayer').then((module) => ({ default: module.CanvasMarkLayer }));
  return loading;
}
