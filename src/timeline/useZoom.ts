import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as createZoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** What the timeline needs to know to set up zooming. */
export interface ZoomOptions {
  widthPx: number;
  /** Largest zoom factor relative to "fit all" (1). */
  maxScale: number;
}

/** The current view as an immutable transform, and the commands behind the buttons and keys. */
export interface ZoomControls {
  /** The live view, every frame. */
  transform: ZoomTransform;
  /**
   * The view once gestures and animations rest: lanes and labels are laid out for it, and while a gesture runs
   * the drawn layer only moves by the difference (cheap), then is laid out again when the hand pauses.
   */
  settledTransform: ZoomTransform;
  zoomIn: () => void;
  zoomOut: () => void;
  /** Zooms by the step around `xPx` (a position in the current view), which stays where it is. */
  zoomInAround: (xPx: number) => void;
  zoomOutAround: (xPx: number) => void;
  fitAll: () => void;
  /** Pans (keeping the zoom) so that `xPx`, a position on the fit-all scale, sits mid-view. */
  panTo: (xPx: number) => void;
  /** Shows exactly [x0Px, x1Px] of the fit-all scale (as far as the zoom limits allow); animated unless `instant`. */
  showRange: (x0Px: number, x1Px: number, instant?: boolean) => void;
  /** A gesture elsewhere (the overview's window) starts or ends: the layout waits for its end, as for a drag here. */
  holdLayout: (held: boolean) => void;
}

type Extent = [[number, number], [number, number]];

const ZOOM_STEP = 2;
const ANIMATION_MS = 300;
// Zoom is horizontal only: rescaleX ignores y, so the extent's height is nominal.
const NOMINAL_HEIGHT_PX = 100;

/** True when the user asked for less motion: jumps instead of animations. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * d3-zoom's own filter (no Ctrl-drag, no right button), plus: a mousedown must come from a window, because
 * d3-drag blocks text selection through `event.view`; synthetic clicks without one (jsdom) would throw.
 */
function acceptsGesture(event: MouseEvent | WheelEvent | TouchEvent): boolean {
  const button = 'button' in event ? event.button : 0;
  return (!event.ctrlKey || event.type === 'wheel') && !button && (event.type !== 'mousedown' || event.view != null);
}

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The transform between two views: left edge moves linearly, the visible width geometrically, so zooming feels even. */
function interpolateView(from: ZoomTransform, to: ZoomTransform, widthPx: number, t: number): ZoomTransform {
  const [fromLeft, toLeft] = [-from.x / from.k, -to.x / to.k];
  const [fromSpan, toSpan] = [widthPx / from.k, widthPx / to.k];
  const span = fromSpan * (toSpan / fromSpan) ** t;
  const k = widthPx / span;
  const left = fromLeft + (toLeft - fromLeft) * t;
  return zoomIdentity.translate(-left * k, to.y).scale(k);
}

/**
 * Attaches d3-zoom (wheel, drag, pinch, double-click) to the svg and keeps its transform in React state.
 * The only user of d3-zoom and d3-selection: d3 reads pointer events and computes transforms, React draws.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, { widthPx, maxScale }: ZoomOptions): ZoomControls {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [settledTransform, setSettledTransform] = useState<ZoomTransform>(zoomIdentity);
  // Gestures (d3-zoom start…end) and animations in flight; the layout settles when both are done.
  const gestureCountRef = useRef(0);
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const frameRef = useRef<number | null>(null);
  // Where the animation in flight will end: a second "+" during it zooms on from there, not from mid-way.
  const animationEndRef = useRef<ZoomTransform | null>(null);
  const widthRef = useRef(widthPx);

  const cancelAnimation = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
  }, []);

  const settleIfResting = useCallback((latest: ZoomTransform) => {
    if (gestureCountRef.current === 0 && frameRef.current === null) setSettledTransform(latest);
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = createZoom<SVGSVGElement, unknown>()
      .filter(acceptsGesture)
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A hand on the wheel or the screen takes over from any animation in flight.
        if (event.sourceEvent) {
          cancelAnimation();
          gestureCountRef.current += 1;
        }
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        setTransform(event.transform);
        settleIfResting(event.transform);
      })
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        gestureCountRef.current = Math.max(0, gestureCountRef.current - 1);
        settleIfResting(event.transform);
      });
    behaviourRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour);
    return () => {
      cancelAnimation();
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, cancelAnimation, settleIfResting]);

  useEffect(() => {
    const behaviour = behaviourRef.current;
    const svg = svgRef.current;
    if (!behaviour || !svg) return;
    const extent: Extent = [[0, 0], [widthPx, NOMINAL_HEIGHT_PX]];
    // Panning stops at the fit-all view's edges; zooming out stops at fit-all.
    behaviour.extent(extent).translateExtent(extent).scaleExtent([1, Math.max(1, maxScale)]);
    const previousWidthPx = widthRef.current;
    widthRef.current = widthPx;
    const current = zoomTransform(svg);
    if (previousWidthPx !== widthPx && previousWidthPx > 0) {
      // Keep the same dates in view when the box resizes: translation is in px of the old width.
      behaviour.transform(select(svg), zoomIdentity.translate((current.x * widthPx) / previousWidthPx, current.y).scale(current.k));
    }
  }, [svgRef, widthPx, maxScale]);

  const goTo = useCallback((target: ZoomTransform, instant = false) => {
    const behaviour = behaviourRef.current;
    const svg = svgRef.current;
    if (!behaviour || !svg) return;
    cancelAnimation();
    const [kMin, kMax] = behaviour.scaleExtent();
    const bounded = zoomIdentity.translate(target.x, target.y).scale(Math.min(Math.max(target.k, kMin), kMax));
    const end = behaviour.constrain()(bounded, behaviour.extent().call(svg, undefined), behaviour.translateExtent());
    const start = zoomTransform(svg);
    if (instant || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      behaviour.transform(select(svg), end);
      return;
    }
    animationEndRef.current = end;
    const startedAt = performance.now();
    // Reads the clock itself: not every environment passes rAF a timestamp on performance.now()'s clock.
    const step = () => {
      const t = Math.min(1, (performance.now() - startedAt) / ANIMATION_MS);
      // Cleared before the last frame's transform, so that frame settles the layout.
      frameRef.current = t === 1 ? null : requestAnimationFrame(step);
      behaviour.transform(select(svg), t === 1 ? end : interpolateView(start, end, widthRef.current, easeInOut(t)));
    };
    frameRef.current = requestAnimationFrame(step);
  }, [svgRef, cancelAnimation]);

  const zoomAround = useCallback((factor: number, centrePx = widthRef.current / 2) => {
    const svg = svgRef.current;
    const behaviour = behaviourRef.current;
    if (!svg || !behaviour) return;
    const current = frameRef.current !== null && animationEndRef.current ? animationEndRef.current : zoomTransform(svg);
    // Bounded here, not only in goTo: at the deepest zoom a further "+" must not shift the view.
    const [kMin, kMax] = behaviour.scaleExtent();
    const k = Math.min(Math.max(current.k * factor, kMin), kMax);
    goTo(zoomIdentity.translate(centrePx - ((centrePx - current.x) * k) / current.k, current.y).scale(k));
  }, [svgRef, goTo]);

  const showRange = useCallback((x0Px: number, x1Px: number, instant = false) => {
    const behaviour = behaviourRef.current;
    if (!behaviour || !(x1Px > x0Px)) return;
    // Bounded first and centred on the range, so a range narrower than the deepest zoom stays mid-view.
    const [kMin, kMax] = behaviour.scaleExtent();
    const k = Math.min(Math.max(widthRef.current / (x1Px - x0Px), kMin), kMax);
    goTo(zoomIdentity.translate(widthRef.current / 2 - ((x0Px + x1Px) / 2) * k, 0).scale(k), instant);
  }, [goTo]);

  const panTo = useCallback((xPx: number) => {
    const svg = svgRef.current;
    if (!svg) return;
    const current = zoomTransform(svg);
    goTo(zoomIdentity.translate(widthRef.current / 2 - xPx * current.k, current.y).scale(current.k));
  }, [svgRef, goTo]);

  const holdLayout = useCallback((held: boolean) => {
    gestureCountRef.current = Math.max(0, gestureCountRef.current + (held ? 1 : -1));
    const svg = svgRef.current;
    if (!held && svg) settleIfResting(zoomTransform(svg));
  }, [svgRef, settleIfResting]);

  return useMemo(() => ({
    transform,
    settledTransform,
    zoomIn: () => zoomAround(ZOOM_STEP),
    zoomOut: () => zoomAround(1 / ZOOM_STEP),
    zoomInAround: (xPx: number) => zoomAround(ZOOM_STEP, xPx),
    zoomOutAround: (xPx: number) => zoomAround(1 / ZOOM_STEP, xPx),
    fitAll: () => goTo(zoomIdentity),
    panTo,
    showRange,
    holdLayout,
  }), [transform, settledTransform, zoomAround, goTo, panTo, showRange, holdLayout]);
}
