import { quadtree, type Quadtree } from 'd3-quadtree';
import type { MarkGeometry } from './layout';

/** A mark's glyph centre, where a pointer looks for it. */
interface IndexedMark {
  id: string;
  xPx: number;
  yPx: number;
}

/** The marks of one layout, indexed by glyph position for pointer hit-testing. */
export type MarkIndex = Quadtree<IndexedMark>;

/** Indexes the glyph centres of `marks` (in the layout's own px) in a d3 quadtree. */
export function buildMarkIndex(marks: readonly MarkGeometry[]): MarkIndex {
  return quadtree<IndexedMark>()
    .x((m) => m.xPx)
    .y((m) => m.yPx)
    .addAll(marks.map((m) => ({ id: m.id, xPx: m.glyphXPx, yPx: m.yPx })));
}

/**
 * The id of the mark whose glyph is nearest (xPx, yPx) within `radiusPx`, or null: small glyphs in dense lanes are
 * found without aiming at them exactly. Logarithmic in the number of marks.
 */
export function findMarkNear(index: MarkIndex, xPx: number, yPx: number, radiusPx: number): string | null {
  return index.find(xPx, yPx, radiusPx)?.id ?? null;
}

/** The hit area reaches this far past a mark's room (EventMark's transparent hit rect, and the canvas layer's). */
export const HIT_PADDING_PX = 4;
