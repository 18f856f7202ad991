// Loaded on demand from the export menu: none of this (ical.js, d3-dsv, the SVG drawing) is on the first page.
import type { DataFile } from '../model/dataFile';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from './exportFileName';
import { svgToPng } from './svgToPng';
import { toCsv } from './toCsv';
import { toDatelineJson } from './toDatelineJson';
import { toICalendar } from './toICalendar';
import { toSvg } from './toSvg';
import { toTimelineJsJson } from './toTimelineJs';

/** One exported file, ready to download. */
export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** The curated article in one format. */
export async function buildExport(file: DataFile, format: ExportFormat): Promise<ExportedFile> {
  const type = EXPORT_FORMATS[format].mediaType;
  const fileName = exportFileName(file, format);
  const text = (content: string) => ({ blob: new Blob([content], { type }), fileName });
  switch (format) {
    case 'dateline': return text(toDatelineJson(file));
    case 'timelinejs': return text(toTimelineJsJson(file));
    case 'csv': return text(toCsv(file));
    case 'ics': return text(toICalendar(file));
    case 'svg': return text(toSvg(file).svg);
    case 'png': {
      const { svg, widthPx, heightPx } = toSvg(file);
      return { blob: await svgToPng(svg, widthPx, heightPx), fileName };
    }
  }
}
