import type { ScaleTime } from 'd3-scale';
import type { Category, Granularity } from '../model/dataFile';
import { assignBoundedLanes, byLeftEdge } from './boundedLanes';
import { groupIntoClusters, type ClusterGeometry, type ClusterMember } from './clusters';
import { estimateTextWidthPx, LANE_GAP_PX, truncateToWidth } from './lanes';
import type { PlacedEvent } from './placeEvents';

/** How a mark is drawn: a day is a point, a month/year… a band across it, a range a bar. */
export type MarkKind = 'point' | 'band' | 'bar';

/** Plain geometry of one event mark in px: what EventMark draws, with no dates left in it. */
export interface MarkGeometry {
  id: string;
  kind: MarkKind;
  category: Category;
  lane: number;
  /** Where the span starts and ends on the scale (equal for a point); may lie far outside the view. */
  x0Px: number;
  x1Px: number;
  /** The same, cut to the view plus a margin, for drawing. */
  drawX0Px: number;
  drawX1Px: number;
  /** Centre of the mark row. */
  yPx: number;
  /** Centre of the category glyph, kept inside the view while the mark is visible. */
  glyphXPx: number;
  /** Parts of the mark (0–1, from its start/end) that fade to transparent because that end is approximate. */
  fadeStartFraction: number;
  fadeEndFraction: number;
  /** Ongoing or future: runs to the right edge of the view with an arrow. */
  arrowEnd: boolean;
  /** Future item: an open, dashed bar. */
  dashed: boolean;
  approximate: boolean;
  /** The title cut to the room a label may take; drawn only when `labelShown`, else shown on hover and focus. */
  label: string;
  labelShown: boolean;
  labelXPx: number;
  labelYPx: number;
  /** The label's estimated width: its backing, which keeps it readable where it lies over its own bar. */
  labelWidthPx: number;
  /** The lane room this mark and its label occupy (cut like drawX*): the hit area and focus ring. */
  hitLeftPx: number;
  hitRightPx: number;
  laneTopPx: number;
}

/** Everything the timeline draws for one view. */
export interface TimelineLayout {
  /** Only the events in view (culled), each in a lane. */
  marks: MarkGeometry[];
  /** Events in view with no room in any lane, grouped; drawn in their own row under the lanes. */
  clusters: ClusterGeometry[];
  /** Top of the cluster row, px. */
  clusterRowTopPx: number;
  laneCount: number;
  heightPx: number;
}

/** How much room the layout has, and which event must stay a mark. */
export interface LayoutOptions {
  /** Most lanes to use; what does not fit is clustered. */
  maxLanes?: number;
  /** Or the most height to use: as many lanes as fit, one more when no cluster row is needed. */
  maxHeightPx?: number;
  /** The selected event: always laid out (even off-screen), and a labelled mark in the first lane if it found no lane. */
  pinnedId?: string | null;
}

export const AXIS_HEIGHT_PX = 30;
// One row per lane: the label sits beside its glyph, not above it, so twice as many lanes fit the same height.
export const LANE_HEIGHT_PX = 24;
export const FOOTER_HEIGHT_PX = 20;
export const CLUSTER_ROW_HEIGHT_PX = 30;
export const LABEL_FONT_PX = 12;
export const GLYPH_RADIUS_PX = 6;
export const BAR_HEIGHT_PX = 10;
export const LANES_TOP_PX = AXIS_HEIGHT_PX + 4;
const LABEL_BASELINE_PX = 16;
const MARK_CENTRE_PX = 12;
// Room between a glyph and its label.
const LABEL_GAP_PX = 3;
const EDGE_PX = 2;
const MIN_BAND_PX = 3;
// Drawing far outside the view buys nothing and strains gradients; keep a margin so strokes never show cut ends.
const BLEED_PX = 40;
const DAY_MS = 86_400_000;
// A shorter fade is not seen as one.
const MIN_FADE_PX = 28;

/** How unsure "about X" is, by the precision of X: "about early August" is a third of a month. */
const UNCERTAINTY_MS: Partial<Record<Granularity, number>> = {
  time: DAY_MS, 'part-of-day': DAY_MS, day: 10 * DAY_MS, week: 7 * DAY_MS, month: 15 * DAY_MS,
  season: 30 * DAY_MS, quarter: 30 * DAY_MS, year: 90 * DAY_MS,
};

const clamp = (value: number, lo: number, hi: number) => Math.min(Math.max(value, lo), hi);

/** Decides the kind of mark and its extent on the scale, before lanes. */
function measureMark({ span }: PlacedEvent, scale: ScaleTime<number, number>, widthPx: number) {
  const pointLike = span.granularity === 'day' || span.granularity === 'time' || span.granularity === 'part-of-day';
  const kind: MarkKind = span.isRange || span.openEnd ? 'bar' : pointLike ? 'point' : 'band';
  if (kind === 'point') {
    const xPx = scale(new Date((span.startMs + span.endMs) / 2));
    return { kind, x0Px: xPx, x1Px: xPx, preferredGlyphPx: xPx };
  }
  // A future item is known only to come after the publication day, so its bar starts where that day ends.
  let x0Px = scale(new Date(span.future ? span.endMs : span.startMs));
  let x1Px = span.openEnd ? Math.max(x0Px, widthPx) : scale(new Date(span.endMs));
  if (kind === 'band' && x1Px - x0Px < MIN_BAND_PX) {
    const middlePx = (x0Px + x1Px) / 2;
    [x0Px, x1Px] = [middlePx - MIN_BAND_PX / 2, middlePx + MIN_BAND_PX / 2];
  }
  return { kind, x0Px, x1Px, preferredGlyphPx: kind === 'band' ? (x0Px + x1Px) / 2 : x0Px };
}

/** The fading parts of a mark whose ends are approximate, as fractions of its length. */
function measureFades({ event, span }: PlacedEvent, kind: MarkKind, lengthPx: number, pxPerMs: number) {
  if (kind === 'point' || lengthPx <= 0) return { fadeStartFraction: 0, fadeEndFraction: 0 };
  const uncertaintyPx = (UNCERTAINTY_MS[span.granularity] ?? 365 * DAY_MS) * pxPerMs;
  const maxFraction = kind === 'band' ? 0.3 : 0.4;
  const fraction = Math.min(Math.max(uncertaintyPx, MIN_FADE_PX) / lengthPx, maxFraction);
  const fadeStart = event.approximate;
  const fadeEnd = (kind === 'band' && event.approximate) || (event.approximateEnd && !span.openEnd);
  return { fadeStartFraction: fadeStart ? fraction : 0, fadeEndFraction: fadeEnd ? fraction : 0 };
}

// The label of each event for the widest label allowed: titles do not change with the view, so they are cut once.
const labelCache = new WeakMap<PlacedEvent, { maxLabelPx: number; label: string; labelWidthPx: number }>();

/** The event's title cut to `maxLabelPx`, and its estimated width. */
function measureLabel(item: PlacedEvent, maxLabelPx: number): { label: string; labelWidthPx: number } {
  const cached = labelCache.get(item);
  if (cached && cached.maxLabelPx === maxLabelPx) return cached;
  const label = truncateToWidth(item.event.title, LABEL_FONT_PX, maxLabelPx);
  const measured = { maxLabelPx, label, labelWidthPx: estimateTextWidthPx(label, LABEL_FONT_PX) };
  labelCache.set(item, measured);
  return measured;
}

/** How many lanes fit in `heightPx` with the axis and footer, and the cluster row when asked (at least 1). */
export function countLanesThatFit(heightPx: number, withClusterRow = true): number {
  const rowPx = withClusterRow ? CLUSTER_ROW_HEIGHT_PX : 0;
  return Math.max(1, Math.floor((heightPx - LANES_TOP_PX - rowPx - FOOTER_HEIGHT_PX) / LANE_HEIGHT_PX));
}

/** The whole height of a layout with `laneCount` lanes, with or without a cluster row. */
export function measureLayoutHeightPx(laneCount: number, hasClusters: boolean): number {
  return LANES_TOP_PX + Math.max(1, laneCount) * LANE_HEIGHT_PX + (hasClusters ? CLUSTER_ROW_HEIGHT_PX : 0) + FOOTER_HEIGHT_PX;
}

/** True when a mark from x0Px to x1Px shows (or bleeds) into a view `widthPx` wide: everything else is culled. */
export function isInView(x0Px: number, x1Px: number, widthPx: number): boolean {
  return x1Px >= -BLEED_PX && x0Px <= widthPx + BLEED_PX;
}

/**
 * Lays out events for one view: culls what is out of view, takes x extents from the scale, puts marks in at most
 * `maxLanes` lanes with labels where they fit, and groups what finds no lane into clusters. Pure: the caller
 * memoises it on (events, scale, width, lanes, pinned).
 */
export function layoutEvents(
  placed: readonly PlacedEvent[], scale: ScaleTime<number, number>, widthPx: number, { maxHeightPx, maxLanes = Infinity, pinnedId = null }: LayoutOptions = {},
): TimelineLayout {
  const [fromDate, toDate] = scale.domain() as [Date, Date];
  const pxPerMs = widthPx / Math.max(1, toDate.getTime() - fromDate.getTime());
  const maxLabelPx = Math.max(120, widthPx * 0.6);
  const r = GLYPH_RADIUS_PX;

  const drafts = [];
  for (const item of placed) {
    const { kind, x0Px, x1Px, preferredGlyphPx } = measureMark(item, scale, widthPx);
    // The pinned event is laid out even off-screen: it holds keyboard focus while the view pans to it.
    if (!isInView(x0Px - r, x1Px + r, widthPx) && item.event.id !== pinnedId) continue;
    const lo = Math.max(x0Px, r + EDGE_PX);
    const hi = Math.min(x1Px, widthPx - r - EDGE_PX);
    const glyphXPx = lo <= hi ? clamp(preferredGlyphPx, lo, hi) : preferredGlyphPx;
    const { label, labelWidthPx } = measureLabel(item, maxLabelPx);
    let labelXPx = glyphXPx + r + LABEL_GAP_PX;
    const glyphInView = glyphXPx >= 0 && glyphXPx <= widthPx;
    // Near the right edge the label goes to the left of its glyph instead.
    if (glyphInView && labelXPx + labelWidthPx > widthPx - EDGE_PX) labelXPx = Math.max(EDGE_PX, glyphXPx - r - LABEL_GAP_PX - labelWidthPx);
    const markLeftPx = Math.min(x0Px, glyphXPx - r);
    const markRightPx = Math.max(x1Px, glyphXPx + r);
    drafts.push({
      item, kind, x0Px, x1Px, glyphXPx, label, labelXPx, labelWidthPx, markLeftPx, markRightPx,
      labelLeftPx: Math.min(markLeftPx, labelXPx), labelRightPx: Math.max(markRightPx, labelXPx + labelWidthPx),
    });
  }

  // Sorted once for every sweep below (up to three at 10,000 events).
  const laneItems = drafts.map((d) => ({
    id: d.item.event.id, leftPx: d.markLeftPx, markRightPx: d.markRightPx, labelLeftPx: d.labelLeftPx, labelRightPx: d.labelRightPx,
  })).sort(byLeftEdge);
  const assign = (lanesAllowed: number) => {
    const lanes = assignBoundedLanes(laneItems, lanesAllowed);
    // Pinned to the first lane only when it would otherwise vanish into a cluster: selecting never reshuffles lanes.
    return pinnedId !== null && lanes.overflowIds.includes(pinnedId) ? assignBoundedLanes(laneItems, lanesAllowed, pinnedId) : lanes;
  };
  let lanes;
  if (maxHeightPx === undefined || !Number.isFinite(maxHeightPx)) lanes = assign(maxLanes);
  else {
    // Without clusters the cluster row's room holds another lane; only when something overflows is the row kept.
    // More marks than the lanes could hold even as bare glyphs side by side overflow for sure: one sweep is enough.
    const lanesWithoutRow = countLanesThatFit(maxHeightPx, false);
    // A lane's marks do not overlap, each is at least a glyph wide, and each reaches into the view plus its bleed.
    const mostMarksPerLane = Math.floor((widthPx + 2 * BLEED_PX + 4 * r) / (2 * r + LANE_GAP_PX)) + 2;
    lanes = drafts.length > lanesWithoutRow * mostMarksPerLane ? undefined : assign(lanesWithoutRow);
    if (!lanes || lanes.overflowIds.length > 0) lanes = assign(countLanesThatFit(maxHeightPx, true));
  }

  const marks: MarkGeometry[] = [];
  const overflowing: ClusterMember[] = [];
  for (const d of drafts) {
    const id = d.item.event.id;
    const lane = lanes.laneById.get(id);
    if (lane === undefined) {
      overflowing.push({ id, xPx: d.glyphXPx, startMs: d.item.span.startMs, endMs: d.item.span.endMs, category: d.item.event.category, kind: d.kind });
      continue;
    }
    const labelShown = lanes.labelledIds.has(id);
    const laneTopPx = LANES_TOP_PX + lane * LANE_HEIGHT_PX;
    const fades = measureFades(d.item, d.kind, d.x1Px - d.x0Px, pxPerMs);
    marks.push({
      id,
      kind: d.kind,
      category: d.item.event.category,
      lane,
      x0Px: d.x0Px,
      x1Px: d.x1Px,
      drawX0Px: clamp(d.x0Px, -BLEED_PX, widthPx + BLEED_PX),
      drawX1Px: clamp(d.x1Px, -BLEED_PX, widthPx + BLEED_PX),
      yPx: laneTopPx + MARK_CENTRE_PX,
      glyphXPx: d.glyphXPx,
      ...fades,
      arrowEnd: d.item.span.openEnd,
      dashed: d.item.span.future,
      approximate: d.item.event.approximate,
      label: d.label,
      labelShown,
      labelXPx: d.labelXPx,
      labelYPx: laneTopPx + LABEL_BASELINE_PX,
      labelWidthPx: d.labelWidthPx,
      hitLeftPx: clamp(labelShown ? d.labelLeftPx : d.markLeftPx, -BLEED_PX, widthPx + BLEED_PX),
      hitRightPx: clamp(labelShown ? d.labelRightPx : d.markRightPx, -BLEED_PX, widthPx + BLEED_PX),
      laneTopPx,
    });
  }
  overflowing.sort((a, b) => a.xPx - b.xPx || (a.id < b.id ? -1 : 1));
  const clusters = groupIntoClusters(overflowing);
  const laneCount = lanes.laneCount;
  return {
    marks,
    clusters,
    clusterRowTopPx: LANES_TOP_PX + Math.max(1, laneCount) * LANE_HEIGHT_PX,
    laneCount,
    heightPx: measureLayoutHeightPx(laneCount, clusters.length > 0),
  };
}
