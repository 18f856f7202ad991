import { slugify } from '../extract/segment/slugify';
import type { DataFile } from '../model/dataFile';

/** The formats Dateline exports, with their file-name endings and media types. */
export const EXPORT_FORMATS = {
  dateline: { suffix: '.dateline.json', mediaType: 'application/json', label: 'Dateline data file (JSON)' },
  timelinejs: { suffix: '.timelinejs.json', mediaType: 'application/json', label: 'TimelineJS3 (JSON)' },
  csv: { suffix: '.csv', mediaType: 'text/csv;charset=utf-8', label: 'Spreadsheet (CSV)' },
  ics: { suffix: '.ics', mediaType: 'text/calendar;charset=utf-8', label: 'Calendar (iCalendar)' },
  svg: { suffix: '.svg', mediaType: 'image/svg+xml', label: 'Image (SVG)' },
  png: { suffix: '.png', mediaType: 'image/png', label: 'Image (PNG)' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** "putin-visits-russian-troops-in-occupied-ukraine.timelinejs.json": from the headline, so downloads sort by story. */
export function exportFileName(file: Pick<DataFile, 'article'>, format: ExportFormat): string {
  return `${slugify(file.article.title, file.article.id)}${EXPORT_FORMATS[format].suffix}`;
}
