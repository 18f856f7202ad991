import { scaleUtc } from 'd3-scale';
import type { Category, DataFile } from '../model/dataFile';
import { formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';
import { CATEGORIES, describeShapePath, getCategoryStyle } from '../timeline/categoryStyle';
import { AXIS_HEIGHT_PX, BAR_HEIGHT_PX, GLYPH_RADIUS_PX, layoutEvents, type MarkGeometry } from '../timeline/layout';
import { computeFitDomainMs, placeEvents } from '../timeline/placeEvents';
import { computeTicks } from '../timeline/ticks';
import { escapeHtml } from './toTimelineJs';

/** Light-theme colours of timeline.css, inlined so the drawing needs no stylesheet. */
const CATEGORY_COLOURS: Record<Category, string> = {
  battle: '#b42318', military: '#6d3fc0', visit: '#0b62b5', political: '#9a5200', holiday: '#1d7a34', other: '#55606e',
};
const INK = '#1d1f23';
const MUTED = '#565c66';
const GRID = '#d6d2c8';
const ACCENT = '#1a5fb4';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Width of the exported drawing. */
export const SVG_WIDTH_PX = 1200;
const MARGIN_PX = 24;
const HEADER_PX = 64;
const LEGEND_PX = 40;
const ARROW_PX = 9;

const attr = (px: number) => String(Math.round(px * 100) / 100);

function drawMark(mark: MarkGeometry): string {
  const colour = CATEGORY_COLOURS[mark.category];
  const parts: string[] = [];
  if (mark.kind !== 'point') {
    const arrowPx = mark.arrowEnd && mark.drawX1Px - mark.drawX0Px > ARROW_PX ? ARROW_PX : 0;
    const opacity = mark.kind === 'band' ? 0.35 : mark.dashed ? 0.12 : 0.85;
    const dash = mark.dashed ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<rect x="${attr(mark.drawX0Px)}" y="${attr(mark.yPx - BAR_HEIGHT_PX / 2)}" width="${attr(Math.max(0, mark.drawX1Px - mark.drawX0Px - arrowPx))}" height="${BAR_HEIGHT_PX}" rx="${mark.kind === 'bar' ? 3 : 1}" fill="${colour}" fill-opacity="${opacity}" stroke="${colour}" stroke-opacity="0.6"${dash}/>`);
    if (arrowPx > 0) {
      const x = mark.drawX1Px;
      parts.push(`<path d="M${attr(x - arrowPx)},${attr(mark.yPx - BAR_HEIGHT_PX / 2 - 4)}L${attr(x)},${attr(mark.yPx)}L${attr(x - arrowPx)},${attr(mark.yPx + BAR_HEIGHT_PX / 2 + 4)}Z" fill="${colour}"/>`);
    }
  }
  const glyph = describeShapePath(getCategoryStyle(mark.category).shape, GLYPH_RADIUS_PX);
  const approximate = mark.kind === 'point' && mark.approximate ? ` fill-opacity="0.55" stroke-dasharray="2 2"` : '';
  parts.push(`<path d="${glyph}" transform="translate(${attr(mark.glyphXPx)},${attr(mark.yPx)})" fill="${colour}" stroke="#ffffff" stroke-width="1.5" paint-order="stroke"${approximate}/>`);
  parts.push(`<text x="${attr(mark.labelXPx)}" y="${attr(mark.labelYPx)}" font-size="12" fill="${INK}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeHtml(mark.label)}</text>`);
  return `<g data-event-id="${escapeHtml(mark.id)}">${parts.join('')}</g>`;
}

/** The drawing's size in px. */
export interface SvgDrawing {
  svg: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The timeline as a standalone SVG: the article's headline and date, a time axis fitted to all events, one mark per
 * event at its precision (point, band, bar, arrow when ongoing) with its title, and a legend. Styles are attributes,
 * colours are the light theme's: it reads the same in any viewer, printed or pasted into a page.
 */
export function toSvg(file: DataFile): SvgDrawing {
  const { article } = file;
  const innerPx = SVG_WIDTH_PX - 2 * MARGIN_PX;
  const { placed, unplaced } = placeEvents(file.events, article.published);
  const scale = scaleUtc().domain(computeFitDomainMs(placed, article.published).map((ms) => new Date(ms))).range([0, innerPx]);
  const layout = layoutEvents(placed, scale, innerPx);
  const { ticks, contextLabel } = computeTicks(scale, innerPx);
  const unplacedNote = unplaced.length > 0 ? `Not drawn (no position in time): ${unplaced.map((e) => e.title).join('; ')}.` : '';
  const heightPx = HEADER_PX + layout.heightPx + LEGEND_PX + (unplacedNote ? 20 : 0) + MARGIN_PX;
  const published = parseTimeValue(article.published);
  const pubX = published ? scale(new Date((published.startMs + published.endMs) / 2)) : null;
  const body: string[] = [];
  for (const tick of ticks) {
    body.push(`<line x1="${attr(tick.xPx)}" x2="${attr(tick.xPx)}" y1="${AXIS_HEIGHT_PX}" y2="${layout.heightPx}" stroke="${GRID}" stroke-dasharray="2 4"/>`);
    body.push(`<text x="${attr(tick.xPx + 4)}" y="16" font-size="12" fill="${MUTED}">${escapeHtml(tick.label)}</text>`);
  }
  body.push(`<line x1="0" x2="${innerPx}" y1="${AXIS_HEIGHT_PX}" y2="${AXIS_HEIGHT_PX}" stroke="${GRID}"/>`);
  if (contextLabel) body.push(`<text x="6" y="${layout.heightPx - 8}" font-size="12" font-weight="600" fill="${MUTED}">${escapeHtml(contextLabel)}</text>`);
  if (pubX !== null && pubX >= 0 && pubX <= innerPx) {
    body.push(`<line x1="${attr(pubX)}" x2="${attr(pubX)}" y1="${AXIS_HEIGHT_PX}" y2="${layout.heightPx}" stroke="${ACCENT}" stroke-width="2" stroke-dasharray="6 3"/>`);
  }
  body.push(...layout.marks.map(drawMark));
  const legendY = HEADER_PX + layout.heightPx + 20;
  const legend = CATEGORIES.map((category, i) => {
    const x = MARGIN_PX + i * 120;
    const glyph = describeShapePath(getCategoryStyle(category).shape, GLYPH_RADIUS_PX);
    return `<path d="${glyph}" transform="translate(${x + 6},${legendY - 4})" fill="${CATEGORY_COLOURS[category]}"/><text x="${x + 18}" y="${legendY}" font-size="13" fill="${INK}">${getCategoryStyle(category).label}</text>`;
  });
  const byline = [article.credit, `published ${formatTimeValue(article.published)}`].filter(Boolean).join(' · ');
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${SVG_WIDTH_PX} ${heightPx}" font-family="${escapeHtml(FONT)}" role="img" aria-labelledby="title">`,
    `<title id="title">Timeline: ${escapeHtml(article.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN_PX}" y="32" font-size="20" font-weight="700" fill="${INK}">${escapeHtml(article.title)}</text>`,
    `<text x="${MARGIN_PX}" y="52" font-size="13" fill="${MUTED}">${escapeHtml(byline)} · ${file.events.length} events</text>`,
    `<g transform="translate(${MARGIN_PX},${HEADER_PX})">${body.join('')}</g>`,
    ...legend,
    unplacedNote ? `<text x="${MARGIN_PX}" y="${legendY + 22}" font-size="12" fill="${MUTED}">${escapeHtml(unplacedNote)}</text>` : '',
    `</svg>`,
  ].join('\n');
  return { svg: `${svg}\n`, widthPx: SVG_WIDTH_PX, heightPx };
}
