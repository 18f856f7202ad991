import { csvFormatRows } from 'd3-dsv';
import type { DataFile } from '../model/dataFile';

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['id', 'title', 'start', 'end', 'edtf', 'precision', 'category', 'quote', 'paragraph'] as const;

/** Several sources of one event share a cell, joined by this mark. */
export const QUOTE_SEPARATOR = ' … ';

/**
 * The events as RFC 4180 CSV (d3-dsv quotes fields holding commas, quotes or line breaks), one row per event with its
 * TimeML values, EDTF, precision and source words; lines end with CRLF as the RFC asks.
 */
export function toCsv(file: DataFile): string {
  const rows = file.events.map((event) => [
    event.id,
    event.title,
    event.start,
    event.end ?? '',
    event.edtf,
    event.granularity,
    event.category,
    event.sources.map((s) => s.text).join(QUOTE_SEPARATOR),
    event.sources.map((s) => s.paragraph).join(' '),
  ]);
  // One row at a time: d3-dsv ends rows with LF, and a line break inside a quoted field must stay as it was.
  return [[...CSV_COLUMNS], ...rows].map((row) => `${csvFormatRows([row])}\r\n`).join('');
}
