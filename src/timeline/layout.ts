import type { ScaleTime } from 'd3-scale';
import type { Category, Granularity } from '../model/dataFile';
import { assignLanes, estimateTextWidthPx, truncateToWidth } from './lanes';
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
  label: string;
  labelXPx: number;
  labelYPx: number;
  /** The lane room this mark and its label occupy (cut like drawX*): the hit area and focus ring. */
  hitLeftPx: number;
  hitRightPx: number;
  laneTopPx: number;
}

/** Everything the timeline draws for one view. */
export interface TimelineLayout {
  marks: MarkGeometry[];
  laneCount: number;
  heightPx: number;
}

export const AXIS_HEIGHT_PX = 30;
export const LANE_HEIGHT_PX = 38;
export const FOOTER_HEIGHT_PX = 24;
export const LABEL_FONT_PX = 12;
export const GLYPH_RADIUS_PX = 6;
export const BAR_HEIGHT_PX = 10;
const LANES_TOP_PX = AXIS_HEIGHT_PX + 6;
const LABEL_BASELINE_PX = 13;
const MARK_CENTRE_PX = 26;
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

/**
 * Lays out events for one view: x extents from the scale, lanes so no two labels or marks overlap,
 * label positions kept inside the view. Pure: the caller memoises it on (events, scale, width).
 */
export function layoutEvents(placed: readonly PlacedEvent[], scale: ScaleTime<number, number>, widthPx: number): TimelineLayout {
  const [fromDate, toDate] = scale.domain() as [Date, Date];
  const pxPerMs = widthPx / Math.max(1, toDate.getTime() - fromDate.getTime());
  const maxLabelPx = Math.max(120, widthPx * 0.6);
  const r = GLYPH_RADIUS_PX;

  const drafts = placed.map((item) => {
    const { kind, x0Px, x1Px, preferredGlyphPx } = measureMark(item, scale, widthPx);
    const lo = Math.max(x0Px, r + EDGE_PX);
    const hi = Math.min(x1Px, widthPx - r - EDGE_PX);
    const glyphXPx = lo <= hi ? clamp(preferredGlyphPx, lo, hi) : preferredGlyphPx;
    const label = truncateToWidth(item.event.title, LABEL_FONT_PX, maxLabelPx);
    const labelWidthPx = estimateTextWidthPx(label, LABEL_FONT_PX);
    let labelXPx = glyphXPx - r;
    const glyphInView = glyphXPx >= 0 && glyphXPx <= widthPx;
    if (glyphInView && labelXPx + labelWidthPx > widthPx - EDGE_PX) labelXPx = Math.max(EDGE_PX, widthPx - EDGE_PX - labelWidthPx);
    const hitLeftPx = Math.min(x0Px, glyphXPx - r, labelXPx);
    const hitRightPx = Math.max(x1Px, glyphXPx + r, labelXPx + labelWidthPx);
    return { item, kind, x0Px, x1Px, glyphXPx, label, labelXPx, hitLeftPx, hitRightPx };
  });

  const { laneById, laneCount } = assignLanes(drafts.map((d) => ({ id: d.item.event.id, leftPx: d.hitLeftPx, rightPx: d.hitRightPx })));

  const marks = drafts.map((d): MarkGeometry => {
    const lane = laneById.get(d.item.event.id) ?? 0;
    const laneTopPx = LANES_TOP_PX + lane * LANE_HEIGHT_PX;
    const fades = measureFades(d.item, d.kind, d.x1Px - d.x0Px, pxPerMs);
    return {
      id: d.item.event.id,
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
      labelXPx: d.labelXPx,
      labelYPx: laneTopPx + LABEL_BASELINE_PX,
      hitLeftPx: clamp(d.hitLeftPx, -BLEED_PX, widthPx + BLEED_PX),
      hitRightPx: clamp(d.hitRightPx, -BLEED_PX, widthPx + BLEED_PX),
      laneTopPx,
    };
  });
  return { marks, laneCount, heightPx: LANES_TOP_PX + Math.max(1, laneCount) * LANE_HEIGHT_PX + FOOTER_HEIGHT_PX };
}
