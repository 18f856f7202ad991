import { GLYPH_RADIUS_PX, type MarkGeometry } from './layout';

// The stripe is a little wider than the glyph, so its colour reads apart from the category's.
const HALF_WIDTH_PX = 8;

/** Where a mark's accent stripe (the Story view's article colour) lies: just under its glyph, on both layers. */
export function placeAccentStripe(g: Pick<MarkGeometry, 'glyphXPx' | 'yPx'>) {
  return { xPx: g.glyphXPx - HALF_WIDTH_PX, yPx: g.yPx + GLYPH_RADIUS_PX + 2, widthPx: 2 * HALF_WIDTH_PX, heightPx: 3, radiusPx: 1 };
}
