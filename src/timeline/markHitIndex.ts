import { LANE_HEIGHT_PX, type MarkGeometry } from './layout';
import { buildMarkIndex, findMarkNear, HIT_PADDING_PX, type MarkIndex } from './markIndex';

/** The marks of one layout for pointer hit-testing: their hit areas by lane, and their glyphs in a quadtree. */
export interface MarkHitIndex {
  /** Each lane's marks, left to right by hit area (lanes never overlap, so a binary search finds the one under x). */
  lanes: MarkGeometry[][];
  glyphs: MarkIndex;
}

/** Indexes a layout's marks by lane and by glyph, once per layout. */
export function buildMarkHitIndex(marks: readonly MarkGeometry[]): MarkHitIndex {
  const lanes: MarkGeometry[][] = [];
  for (const mark of marks) (lanes[mark.lane] ??= []).push(mark);
  for (const lane of lanes) lane?.sort((a, b) => a.hitLeftPx - b.hitLeftPx);
  return { lanes, glyphs: buildMarkIndex(marks) };
}

/** The mark in `lane` whose hit area holds x, or null: the last one starting at or before x, if it reaches x. */
function findInLane(lane: readonly MarkGeometry[], xPx: number): MarkGeometry | null {
  let [lo, hi] = [0, lane.length - 1];
  let found = -1;
  while (lo <= hi) {
    const middle = (lo + hi) >> 1;
    if (lane[middle]!.hitLeftPx - HIT_PADDING_PX <= xPx) [found, lo] = [middle, middle + 1];
    else hi = middle - 1;
  }
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const mark = lane[i]!;
    if (xPx <= mark.hitRightPx + HIT_PADDING_PX) return mark;
  }
  return null;
}

/**
 * The id of the mark under (xPx, yPx) in the layout's own px: its hit area (glyph, bar and shown label, as the DOM
 * mark's) first, else the nearest glyph within `reachPx`. Logarithmic in the number of marks.
 */
export function findMarkAt(index: MarkHitIndex, xPx: number, yPx: number, reachPx: number): string | null {
  for (const lane of index.lanes) {
    const first = lane?.[0];
    // Every mark of a lane shares its top; the hit rect is a lane high, less a pixel either side (EventMark's).
    if (!first || yPx < first.laneTopPx - 1 || yPx > first.laneTopPx + LANE_HEIGHT_PX - 3) continue;
    const mark = findInLane(lane, xPx);
    if (mark) return mark.id;
  }
  return findMarkNear(index.glyphs, xPx, yPx, reachPx);
}
