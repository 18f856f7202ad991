/** A mention's place in a paragraph, for splitting. */
export interface MentionRange {
  id: string;
  start: number;
  end: number;
}

/** A highlighted span; `index` says which source of the selected event it is (0 = the first). */
export interface HighlightRange {
  start: number;
  end: number;
  index: number;
}

/** Plain text, or part of a mention; `continued` is set on every part after a mention's first. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; mentionId: string; text: string; continued: boolean };

/** What a paragraph renders: text, mentions, and highlights that hold text and mentions. */
export type ParagraphPiece = InlinePiece | { kind: 'highlight'; index: number; children: InlinePiece[] };

interface Cell {
  start: number;
  end: number;
  mention: MentionRange | null;
  highlight: number | null;
}

/** Mentions must not nest (a button cannot hold a button): a later overlapping mention keeps only what is left of it. */
function separateMentions(mentions: readonly MentionRange[], length: number): MentionRange[] {
  const sorted = mentions
    .map((m) => ({ id: m.id, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionRange[] = [];
  let coveredTo = 0;
  for (const mention of sorted) {
    const start = Math.max(mention.start, coveredTo);
    if (start >= mention.end) continue;
    kept.push({ ...mention, start });
    coveredTo = mention.end;
  }
  return kept;
}

/** Overlapping or touching highlights read as one; the merged span keeps the lowest source index. */
function mergeHighlights(highlights: readonly HighlightRange[], length: number): HighlightRange[] {
  const sorted = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(length, h.end), index: h.index }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: HighlightRange[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) {
      last.end = Math.max(last.end, h.end);
      last.index = Math.min(last.index, h.index);
    } else {
      merged.push({ ...h });
    }
  }
  return merged;
}

/**
 * Splits a paragraph's text into plain text, mentions and highlighted source words, as data for
 * React to render as text nodes. Spans may overlap in any way: a mention that crosses a highlight's
 * edge is cut in two parts (the second `continued`), so each highlight stays one unbroken element.
 */
export function splitParagraph(
  text: string,
  mentions: readonly MentionRange[],
  highlights: readonly HighlightRange[] = [],
): ParagraphPiece[] {
  const cleanMentions = separateMentions(mentions, text.length);
  const cleanHighlights = mergeHighlights(highlights, text.length);
  const cuts = new Set([0, text.length]);
  for (const r of [...cleanMentions, ...cleanHighlights]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const cells: Cell[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mention = cleanMentions.find((m) => m.start <= start && end <= m.end) ?? null;
    const highlight = cleanHighlights.find((h) => h.start <= start && end <= h.end)?.index ?? null;
    const last = cells[cells.length - 1];
    if (last && last.mention === mention && last.highlight === highlight) last.end = end;
    else cells.push({ start, end, mention, highlight });
  }

  const pieces: ParagraphPiece[] = [];
  let openHighlight: Extract<ParagraphPiece, { kind: 'highlight' }> | null = null;
  for (const cell of cells) {
    const piece: InlinePiece = cell.mention
      ? { kind: 'mention', mentionId: cell.mention.id, text: text.slice(cell.start, cell.end), continued: cell.start > cell.mention.start }
      : { kind: 'text', text: text.slice(cell.start, cell.end) };
    // Merged highlights never touch, so unhighlighted text always closes one before the next opens.
    if (cell.highlight === null) {
      openHighlight = null;
      pieces.push(piece);
    } else {
      if (!openHighlight) {
        openHighlight = { kind: 'highlight', index: cell.highlight, children: [] };
        pieces.push(openHighlight);
      }
      openHighlight.children.push(piece);
    }
  }
  return pieces;
}
