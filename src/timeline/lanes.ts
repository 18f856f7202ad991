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
const WIDE = /[mw@%]/i;

function classifyCharWidthEm(char: string): number {
  if (NARROW.test(char)) return 0.34;
  if (SLIM.test(char)) return 0.46;
  if (WIDE.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.78;
  if (/\d/.test(char)) return 0.66;
  return 0.63;
}

// Widths of the first 256 code points, looked up rather than matched: layouts measure every title in view.
const LATIN_WIDTHS_EM = Float64Array.from({ length: 256 }, (_, code) => classifyCharWidthEm(String.fromCharCode(code)));

/** The width of one character in em. */
function estimateCharWidthEm(char: string): number {
  const code = char.charCodeAt(0);
  return char.length === 1 && code < 256 ? LATIN_WIDTHS_EM[code]! : classifyCharWidthEm(char);
}

/** The rendered width of `text` at `fontSizePx`, estimated from per-character advance widths. */
export function estimateTextWidthPx(text: string, fontSizePx: number): number {
  let em = 0;
  for (const char of text) em += estimateCharWidthEm(char);
  return Math.ceil(em * fontSizePx);
}

const ELLIPSIS = '…';

/**
 * `text` shortened with an ellipsis, at a word end where possible, so its estimated width stays within `maxWidthPx`.
 * One pass that stops as soon as the text overflows: the cost is bounded by what fits, not by the text's length
 * (a 200,000-character title costs what a 60-character one does).
 */
export function truncateToWidth(text: string, fontSizePx: number, maxWidthPx: number): string {
  const ellipsisEm = estimateCharWidthEm(ELLIPSIS);
  const fits = (widthEm: number) => Math.ceil(widthEm * fontSizePx) <= maxWidthPx;
  let em = 0;
  // The longest prefix (its end in UTF-16 units) that, trailing spaces trimmed, still fits with an ellipsis.
  let cutEnd = 0;
  let trimmedEm = 0;
  let index = 0;
  for (const char of text) {
    em += estimateCharWidthEm(char);
    // Past the width, neither the whole text nor any longer prefix can fit: stop measuring.
    if (!fits(em)) break;
    index += char.length;
    if (!/\s/.test(char)) trimmedEm = em;
    if (fits(trimmedEm + ellipsisEm)) cutEnd = index;
  }
  if (index === text.length) return text;
  // Keep at least the first character, as a label of one letter and an ellipsis still says something.
  if (cutEnd === 0) cutEnd = text.codePointAt(0)! > 0xffff ? 2 : 1;
  const kept = text.slice(0, cutEnd).trimEnd();
  // Prefer ending on a whole word when that keeps most of what fits.
  const lastSpace = kept.lastIndexOf(' ');
  return `${lastSpace >= kept.length * 0.6 ? kept.slice(0, lastSpace) : kept}${ELLIPSIS}`;
}
