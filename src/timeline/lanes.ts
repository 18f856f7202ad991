/** Something to place in a lane: its whole horizontal extent, mark and label together, in px. */
export interface LaneItem {
  id: string;
  leftPx: number;
  rightPx: number;
}

/** Horizontal room kept between two items sharing a lane. */
export const LANE_GAP_PX = 8;

/**
 * Greedy interval partitioning: items sorted by left edge each take the first lane whose last item ends
 * at least `gapPx` before them. Ties sort by right edge then id, so the same input always gives the same lanes.
 * Returns each item's lane (0 = top) by id, and how many lanes were used.
 */
export function assignLanes(items: readonly LaneItem[], gapPx = LANE_GAP_PX): { laneById: Map<string, number>; laneCount: number } {
  const sorted = [...items].sort((a, b) => a.leftPx - b.leftPx || a.rightPx - b.rightPx || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneRightPx: number[] = [];
  const laneById = new Map<string, number>();
  for (const item of sorted) {
    let lane = laneRightPx.findIndex((rightPx) => rightPx + gapPx <= item.leftPx);
    if (lane === -1) lane = laneRightPx.length;
    laneRightPx[lane] = item.rightPx;
    laneById.set(item.id, lane);
  }
  return { laneById, laneCount: laneRightPx.length };
}

// Advance widths of a wide UI sans-serif (DejaVu Sans), in em; labels keep one weight in every state so
// lanes never move when a label is selected. Estimates keep layout pure and testable (no DOM measuring);
// they err wide, so a real label always fits the room reserved for it.
const NARROW = /[ilj.,:;'!|()[\]{}\u2019 ]/;
const SLIM = /[frt\-1I]/;
const WIDE = /[mwMW@%]/;

/** The width of one character in em. */
function estimateCharWidthEm(char: string): number {
  if (NARROW.test(char)) return 0.34;
  if (SLIM.test(char)) return 0.46;
  if (WIDE.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.78;
  if (/\d/.test(char)) return 0.66;
  return 0.63;
}

/** The rendered width of `text` at `fontSizePx`, estimated from per-character advance widths. */
export function estimateTextWidthPx(text: string, fontSizePx: number): number {
  let em = 0;
  for (const char of text) em += estimateCharWidthEm(char);
  return Math.ceil(em * fontSizePx);
}

/** `text` shortened with an ellipsis, at a word end where possible, so its estimated width stays within `maxWidthPx`. */
export function truncateToWidth(text: string, fontSizePx: number, maxWidthPx: number): string {
  if (estimateTextWidthPx(text, fontSizePx) <= maxWidthPx) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidthPx(`${chars.join('').trimEnd()}…`, fontSizePx) > maxWidthPx) chars.pop();
  const kept = chars.join('').trimEnd();
  // Prefer ending on a whole word when that keeps most of what fits.
  const lastSpace = kept.lastIndexOf(' ');
  return `${lastSpace >= kept.length * 0.6 ? kept.slice(0, lastSpace) : kept}…`;
}
