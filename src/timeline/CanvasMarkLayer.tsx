import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { CATEGORIES, getCategoryStyle } from './categoryStyle';
import { drawCanvasScene, type CanvasPalette } from './canvasMarks';
import { ClusterMark } from './ClusterMark';
import type { TimelineLayout } from './layout';
import { buildMarkHitIndex, findMarkAt } from './markHitIndex';
import { MarkProxy } from './MarkProxy';

/** What the canvas layer draws and the state its DOM layer shows. */
export interface CanvasMarkLayerProps {
  layout: TimelineLayout;
  widthPx: number;
  heightPx: number;
  selectedId: string | null;
  emphasisedIds: ReadonlySet<string>;
  tabbableId: string | undefined;
  hoveredId: string | null;
  ariaLabels: ReadonlyMap<string, string>;
  /** CSS colours of accent stripes by mark id (the Story view's article colours). */
  accents?: ReadonlyMap<string, string>;
  /** Set to the layer's hit test: the id of the mark at (xPx, yPx) in the layout's px, within `reachPx` of a glyph. */
  hitTestRef: RefObject<MarkHitTest | null>;
}

/** Finds the mark under a point of the layout, through its spatial index. */
export type MarkHitTest = (xPx: number, yPx: number, reachPx: number) => string | null;

const DARK_QUERY = '(prefers-color-scheme: dark)';
const subscribeToScheme = (onChange: () => void) => {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};
const readScheme = () => (window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light');
const subscribeToPixelRatio = (onChange: () => void) => {
  // Page zoom and moving to another screen change the ratio; the backing store follows.
  const media = window.matchMedia?.(`(resolution: ${window.devicePixelRatio}dppx)`);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};
const readPixelRatio = () => window.devicePixelRatio || 1;

/** A CSS colour (a custom property, a class's colour) resolved to rgb() through a probe element. */
function resolveColour(probe: SVGElement, className: string, colour: string): string {
  probe.setAttribute('class', className);
  probe.style.color = colour;
  return getComputedStyle(probe).color;
}

/** The accent colours resolved once per distinct CSS colour (a story has a handful), keyed by mark id. */
function resolveAccents(probe: SVGElement, accents: ReadonlyMap<string, string>): Map<string, string> {
  const resolved = new Map<string, string>();
  for (const colour of new Set(accents.values())) resolved.set(colour, resolveColour(probe, '', colour));
  return new Map([...accents].map(([id, colour]) => [id, resolved.get(colour) ?? colour]));
}

/** The stylesheet's colours resolved to rgb() through a probe element, so the canvas matches the theme. */
function readPalette(probe: SVGElement): CanvasPalette {
  const resolve = (className: string, colour: string) => resolveColour(probe, className, colour);
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => [category, resolve(getCategoryStyle(category).className, 'var(--category-colour)')]),
  ) as CanvasPalette['categories'];
  return {
    categories,
    surface: resolve('', 'var(--surface, #fff)'),
    fg: resolve('', 'var(--fg, #1b1f24)'),
    muted: resolve('', 'var(--muted, #5b6470)'),
  };
}

/**
 * The marks of a large timeline: spans, glyphs and cluster bars painted on one canvas (sized for the screen's pixel
 * ratio), with a DOM layer over it for what must stay in the DOM: every mark in view as a focusable button named
 * "<date>: <title>", with aria-current, its label when it fits, and the ring of its state; and the clusters' buttons. Lives in the `event-marks` group, so a zoom or pan gesture
 * moves it with the group's transform until the layout settles.
 */
export function CanvasMarkLayer({ layout, widthPx, heightPx, selectedId, emphasisedIds, tabbableId, hoveredId, ariaLabels, accents, hitTestRef }: CanvasMarkLayerProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const probeRef = useRef<SVGGElement>(null);
  const scheme = useSyncExternalStore(subscribeToScheme, readScheme, () => 'light');
  const pixelRatio = useSyncExternalStore(subscribeToPixelRatio, readPixelRatio, () => 1);
  const [palette, setPalette] = useState<CanvasPalette | null>(null);
  const [resolvedAccents, setResolvedAccents] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  useLayoutEffect(() => {
    if (probeRef.current) setPalette(readPalette(probeRef.current));
  }, [scheme]);
  useLayoutEffect(() => {
    if (probeRef.current) setResolvedAccents(accents && resolveAccents(probeRef.current, accents));
  }, [accents, scheme]);

  // The canvas takes no pointer events: the timeline asks this index which mark is under the pointer.
  const hitIndex = useMemo(() => buildMarkHitIndex(layout.marks), [layout.marks]);
  useLayoutEffect(() => {
    hitTestRef.current = (xPx, yPx, reachPx) => findMarkAt(hitIndex, xPx, yPx, reachPx);
    return () => {
      hitTestRef.current = null;
    };
  }, [hitIndex, hitTestRef]);

  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !palette) return;
    drawCanvasScene(
      ctx,
      { marks: layout.marks, selectedId, emphasisedIds, clusters: layout.clusters, clusterRowTopPx: layout.clusterRowTopPx, widthPx, heightPx, accents: resolvedAccents },
      palette, pixelRatio, (d) => new Path2D(d),
    );
  }, [layout, selectedId, emphasisedIds, widthPx, heightPx, palette, pixelRatio, resolvedAccents]);

  return (
    <>
      <g ref={probeRef} aria-hidden="true" />
      <foreignObject x={0} y={0} width={widthPx} height={heightPx} className="mark-canvas-layer">
        <canvas
          ref={canvasRef}
          width={Math.round(widthPx * pixelRatio)}
          height={Math.round(heightPx * pixelRatio)}
          style={{ width: widthPx, height: heightPx }}
          data-testid="mark-canvas"
          data-mark-count={layout.marks.length}
        />
      </foreignObject>
      {layout.marks.map((geometry) => (
        <MarkProxy
          key={geometry.id}
          geometry={geometry}
          ariaLabel={ariaLabels.get(geometry.id) ?? geometry.label}
          isSelected={geometry.id === selectedId}
          isEmphasised={emphasisedIds.has(geometry.id)}
          isTabbable={geometry.id === tabbableId}
          isHovered={geometry.id === hoveredId}
        />
      ))}
      {layout.clusters.map((cluster) => (
        <ClusterMark key={cluster.key} cluster={cluster} topPx={layout.clusterRowTopPx} barsOnCanvas />
      ))}
    </>
  );
}
