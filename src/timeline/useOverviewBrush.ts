import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

/** The strip's size, the window now shown, and what to do when the reader moves it. */
export interface OverviewBrushOptions {
  widthPx: number;
  heightPx: number;
  /** The visible window on the fit-all scale, px. */
  windowPx: [number, number];
  /** Called while the reader drags or resizes the window. */
  onWindowChange: (x0Px: number, x1Px: number) => void;
  /** Called when the reader clicks the strip outside the window: centre the view there. */
  onRecentre: (xPx: number) => void;
  /** Called with true when the reader takes hold of the window and false when they let go. */
  onHold: (held: boolean) => void;
}

/**
 * Attaches d3-brush to a `<g>` that React leaves empty (d3-brush draws its own overlay, window and handles
 * there and nowhere else), keeping the window in step with the view. d3 reads the pointer; the timeline's
 * zoom transform stays the one source of truth, so programmatic moves are ignored as input.
 */
export function useOverviewBrush(gRef: RefObject<SVGGElement | null>, options: OverviewBrushOptions): void {
  const { widthPx, heightPx, windowPx } = options;
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const callbacksRef = useRef(options);
  useLayoutEffect(() => {
    callbacksRef.current = options;
  });

  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([[0, 0], [widthPx, heightPx]])
      .on('start', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) callbacksRef.current.onHold(true);
      })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [x0Px, x1Px] = event.selection as [number, number];
        callbacksRef.current.onWindowChange(x0Px, x1Px);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        callbacksRef.current.onHold(false);
        if (event.selection) return;
        // A click without a drag clears a d3 brush; here it means "show this moment", and the window comes back.
        const pointer = event.sourceEvent as MouseEvent;
        const box = g.getBoundingClientRect();
        callbacksRef.current.onRecentre(pointer.clientX - box.left);
      });
    brushRef.current = brush;
    const selection = select(g);
    selection.call(brush);
    return () => {
      selection.on('.brush', null);
      brushRef.current = null;
    };
  }, [gRef, widthPx, heightPx]);

  const [x0Px, x1Px] = windowPx;
  useEffect(() => {
    const g = gRef.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    // A window the size of the whole strip still shows, so the reader sees it can be grabbed.
    brush.move(select(g), [Math.max(0, x0Px), Math.min(widthPx, Math.max(x1Px, x0Px + 2))]);
  }, [gRef, x0Px, x1Px, widthPx, heightPx]);
}
