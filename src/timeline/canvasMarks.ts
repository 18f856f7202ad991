import type { Category } from '../model/dataFile';
import { placeAccentStripe } from './accentStripe';
import { describeShapePath, getCategoryStyle, type ShapeName } from './categoryStyle';
import { CLUSTER_BAR_HEIGHT_PX, CLUSTER_CATEGORY_BAR_TOP_PX, CLUSTER_KIND_BAR_TOP_PX, planClusterBars } from './clusterBars';
import type { ClusterGeometry } from './clusters';
import { BAR_HEIGHT_PX, GLYPH_RADIUS_PX, type MarkGeometry, type MarkKind } from './layout';

/** The resolved colours the canvas paints with (read from the stylesheet, so light and dark themes both hold). */
export interface CanvasPalette {
  categories: Record<Category, string>;
  surface: string;
  fg: string;
  muted: string;
}

/** How one mark is painted: the same shapes, opacities and dashes EventMark gives it in SVG. */
export interface MarkPaint {
  span: {
    xPx: number; yPx: number; widthPx: number; heightPx: number; radiusPx: number;
    fillAlpha: number; strokeAlpha: number; strokeWidthPx: number; dash: number[];
    /** Approximate ends fade to transparent over these fractions of [fromPx, toPx]. */
    fade: { fromPx: number; toPx: number; startFraction: number; endFraction: number } | null;
  } | null;
  /** The arrow of an ongoing item, as a closed triangle. */
  arrow: [number, number][] | null;
  glyph: {
    xPx: number; yPx: number; shape: ShapeName; fillAlpha: number;
    /** The surface colour around it; dashed in its own colour when approximate; the text colour, wider, for state. */
    outline: 'surface' | 'dashed' | 'emphasised' | 'selected';
  };
}

/** What the reader did to a mark: the stylesheet shows the same on DOM marks (aria-current, .emphasised). */
export type MarkState = 'plain' | 'emphasised' | 'selected';

/** Everything one canvas frame draws: the settled layout's marks and clusters, and the marks' state. */
export interface CanvasScene {
  marks: readonly MarkGeometry[];
  selectedId: string | null;
  emphasisedIds: ReadonlySet<string>;
  clusters: readonly ClusterGeometry[];
  clusterRowTopPx: number;
  widthPx: number;
  heightPx: number;
  /** Resolved colours of accent stripes by mark id (the Story view's article colours). */
  accents?: ReadonlyMap<string, string>;
}

const ARROW_PX = 9;
const SPAN_STYLE: Record<Exclude<MarkKind, 'point'>, { fillAlpha: number; strokeAlpha: number; radiusPx: number }> = {
  bar: { fillAlpha: 0.85, strokeAlpha: 0, radiusPx: 3 },
  band: { fillAlpha: 0.35, strokeAlpha: 0.6, radiusPx: 1 },
};

const GLYPH_OUTLINE_PX: Record<MarkPaint['glyph']['outline'], number> = { surface: 1.5, dashed: 1.5, emphasised: 2, selected: 2.5 };

/** Where and how a mark is painted, mirroring EventMark and its stylesheet. */
export function planMarkPaint(g: MarkGeometry, state: MarkState = 'plain'): MarkPaint {
  const arrowPx = g.arrowEnd && g.drawX1Px - g.drawX0Px > ARROW_PX ? ARROW_PX : 0;
  const style = g.kind === 'point' ? null : SPAN_STYLE[g.kind];
  const fades = g.fadeStartFraction > 0 || g.fadeEndFraction > 0;
  const span = style && {
    xPx: g.drawX0Px,
    yPx: g.yPx - BAR_HEIGHT_PX / 2,
    widthPx: Math.max(0, g.drawX1Px - g.drawX0Px - arrowPx),
    heightPx: BAR_HEIGHT_PX,
    radiusPx: style.radiusPx,
    // A mark whose source is in view (or the selected one) is drawn at full strength, a band a little stronger.
    fillAlpha: g.dashed ? 0.12 : state === 'plain' ? style.fillAlpha : g.kind === 'band' ? 0.55 : 1,
    strokeAlpha: g.dashed ? 1 : style.strokeAlpha,
    strokeWidthPx: g.dashed ? 1.5 : 1,
    dash: g.dashed ? [5, 3] : [],
    fade: fades ? { fromPx: g.x0Px, toPx: g.x1Px, startFraction: g.fadeStartFraction, endFraction: g.fadeEndFraction } : null,
  };
  const top = g.yPx - BAR_HEIGHT_PX / 2 - 4;
  const bottom = g.yPx + BAR_HEIGHT_PX / 2 + 4;
  return {
    span,
    arrow: style && arrowPx > 0 ? [[g.drawX1Px - arrowPx, top], [g.drawX1Px, g.yPx], [g.drawX1Px - arrowPx, bottom]] : null,
    glyph: {
      xPx: g.glyphXPx,
      yPx: g.yPx,
      shape: getCategoryStyle(g.category).shape,
      fillAlpha: g.kind === 'point' && g.approximate ? 0.55 : 1,
      outline: state !== 'plain' ? state : g.kind === 'point' && g.approximate ? 'dashed' : 'surface',
    },
  };
}

/** "rgb(1, 2, 3)" or "rgba(…)" with its alpha replaced; other colour syntaxes are returned as they are. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(colour);
  return match ? `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})` : colour;
}

/** Makes a glyph outline; Path2D in the browser, a recording fake in tests. */
export type PathFactory = (svgPath: string) => Path2D;

function paintSpan(ctx: CanvasRenderingContext2D, span: NonNullable<MarkPaint['span']>, colour: string) {
  if (span.widthPx <= 0) return;
  ctx.beginPath();
  ctx.roundRect(span.xPx, span.yPx, span.widthPx, span.heightPx, span.radiusPx);
  if (span.fade) {
    const { fromPx, toPx, startFraction, endFraction } = span.fade;
    const gradient = ctx.createLinearGradient(fromPx, 0, toPx, 0);
    const solid = withAlpha(colour, span.fillAlpha);
    gradient.addColorStop(0, startFraction > 0 ? withAlpha(colour, 0) : solid);
    gradient.addColorStop(startFraction, solid);
    gradient.addColorStop(1 - endFraction, solid);
    gradient.addColorStop(1, endFraction > 0 ? withAlpha(colour, 0) : solid);
    ctx.fillStyle = gradient;
  } else {
    ctx.fillStyle = withAlpha(colour, span.fillAlpha);
  }
  ctx.fill();
  if (span.strokeAlpha > 0) {
    ctx.setLineDash(span.dash);
    ctx.lineWidth = span.strokeWidthPx;
    ctx.strokeStyle = withAlpha(colour, span.strokeAlpha);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function paintGlyph(ctx: CanvasRenderingContext2D, glyph: MarkPaint['glyph'], path: Path2D, colour: string, palette: CanvasPalette) {
  ctx.save();
  ctx.translate(glyph.xPx, glyph.yPx);
  // paint-order: stroke, as in the stylesheet: the outline sits under the fill.
  ctx.lineWidth = GLYPH_OUTLINE_PX[glyph.outline];
  if (glyph.outline === 'dashed') ctx.setLineDash([2, 2]);
  ctx.strokeStyle = glyph.outline === 'dashed' ? colour : glyph.outline === 'surface' ? palette.surface : palette.fg;
  ctx.stroke(path);
  ctx.fillStyle = withAlpha(colour, glyph.fillAlpha);
  ctx.fill(path);
  ctx.restore();
}

function paintClusterBars(ctx: CanvasRenderingContext2D, cluster: ClusterGeometry, topPx: number, palette: CanvasPalette) {
  const { leftPx, categoryParts, kindParts } = planClusterBars(cluster);
  for (const part of categoryParts) {
    ctx.fillStyle = palette.categories[part.key];
    ctx.fillRect(leftPx + part.xPx, topPx + CLUSTER_CATEGORY_BAR_TOP_PX, part.widthPx, CLUSTER_BAR_HEIGHT_PX);
  }
  for (const part of kindParts) {
    ctx.fillStyle = part.key === 'point' ? palette.fg : part.key === 'band' ? withAlpha(palette.muted, 0.45) : palette.muted;
    ctx.fillRect(leftPx + part.xPx, topPx + CLUSTER_KIND_BAR_TOP_PX, part.widthPx, CLUSTER_BAR_HEIGHT_PX);
  }
}

/**
 * Paints a scene in CSS px on a context whose backing store is `pixelRatio` times larger: spans, arrows and glyphs
 * of the marks, then the clusters' mini-bars. One glyph outline per shape, made once per frame.
 */
export function drawCanvasScene(
  ctx: CanvasRenderingContext2D, scene: CanvasScene, palette: CanvasPalette, pixelRatio: number, createPath: PathFactory,
): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, scene.widthPx, scene.heightPx);
  const paths = new Map<ShapeName, Path2D>();
  const pathOf = (shape: ShapeName) => {
    let path = paths.get(shape);
    if (!path) paths.set(shape, (path = createPath(describeShapePath(shape, GLYPH_RADIUS_PX))));
    return path;
  };
  // Spans first, glyphs after: a glyph is never hidden under a neighbour's bar.
  const stateOf = (id: string): MarkState => (id === scene.selectedId ? 'selected' : scene.emphasisedIds.has(id) ? 'emphasised' : 'plain');
  const paints = scene.marks.map((mark) => [mark, planMarkPaint(mark, stateOf(mark.id))] as const);
  for (const [mark, paint] of paints) {
    const colour = palette.categories[mark.category];
    if (paint.span) paintSpan(ctx, paint.span, colour);
    if (paint.arrow) {
      ctx.beginPath();
      paint.arrow.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
    }
  }
  // Accent stripes lie under the glyphs, as in EventMark.
  for (const mark of scene.marks) {
    const colour = scene.accents?.get(mark.id);
    if (!colour) continue;
    const stripe = placeAccentStripe(mark);
    ctx.beginPath();
    ctx.roundRect(stripe.xPx, stripe.yPx, stripe.widthPx, stripe.heightPx, stripe.radiusPx);
    ctx.fillStyle = colour;
    ctx.fill();
  }
  for (const [mark, paint] of paints) paintGlyph(ctx, paint.glyph, pathOf(paint.glyph.shape), palette.categories[mark.category], palette);
  for (const cluster of scene.clusters) paintClusterBars(ctx, cluster, scene.clusterRowTopPx, palette);
}
