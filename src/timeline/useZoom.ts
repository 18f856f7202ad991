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
  transform: ZoomTransform;
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
  /** Pans (keeping the zoom) so that `xPx`, a position on the fit-all scale, sits mid-view. */
  panTo: (xPx: number) => void;
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
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const frameRef = useRef<number | null>(null);
  const widthRef = useRef(widthPx);

  const cancelAnimation = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = createZoom<SVGSVGElement, unknown>()
      .filter(acceptsGesture)
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // A hand on the wheel or the screen takes over from any animation in flight.
        if (event.sourceEvent) cancelAnimation();
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => setTransform(event.transform));
    behaviourRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour);
    return () => {
      cancelAnimation();
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, cancelAnimation]);

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

  const goTo = useCallback((target: ZoomTransform) => {
    const behaviour = behaviourRef.current;
    const svg = svgRef.current;
    if (!behaviour || !svg) return;
    cancelAnimation();
    const [kMin, kMax] = behaviour.scaleExtent();
    const bounded = zoomIdentity.translate(target.x, target.y).scale(Math.min(Math.max(target.k, kMin), kMax));
    const end = behaviour.constrain()(bounded, behaviour.extent().call(svg, undefined), behaviour.translateExtent());
    const start = zoomTransform(svg);
    if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      behaviour.transform(select(svg), end);
      return;
    }
    const startedAt = performance.now();
    // Reads the clock itself: not every environment passes rAF a timestamp on performance.now()'s clock.
    const step = () => {
      const t = Math.min(1, (performance.now() - startedAt) / ANIMATION_MS);
      behaviour.transform(select(svg), t === 1 ? end : interpolateView(start, end, widthRef.current, easeInOut(t)));
      frameRef.current = t === 1 ? null : requestAnimationFrame(step);
    };
    frameRef.current = requestAnimationFrame(step);
  }, [svgRef, cancelAnimation]);

  const zoomAroundCentre = useCallback((factor: number) => {
    const svg = svgRef.current;
    if (!svg) return;
    const current = zoomTransform(svg);
    const centrePx = widthRef.current / 2;
    const k = current.k * factor;
    goTo(zoomIdentity.translate(centrePx - ((centrePx - current.x) * k) / current.k, current.y).scale(k));
  }, [svgRef, goTo]);

  const panTo = useCallback((xPx: number) => {
    const svg = svgRef.current;
    if (!svg) return;
    const current = zoomTransform(svg);
    goTo(zoomIdentity.translate(widthRef.current / 2 - xPx * current.k, current.y).scale(current.k));
  }, [svgRef, goTo]);

  return useMemo(() => ({
    transform,
    zoomIn: () => zoomAroundCentre(ZOOM_STEP),
    zoomOut: () => zoomAroundCentre(1 / ZOOM_STEP),
    fitAll: () => goTo(zoomIdentity),
    panTo,
  }), [transform, zoomAroundCentre, goTo, panTo]);
}
