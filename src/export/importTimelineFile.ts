import type * as z from 'zod/mini';
import { DataFileError } from '../data/dataFileError';
import { formatIssuePath, parseDataFile } from '../data/parseDataFile';
import { DataFileSchema, type DataFile } from '../model/dataFile';
import { fromTimelineJs, TimelineJsContentError } from './fromTimelineJs';
import { TimelineJsSchema } from './timelineJsSchema';

/** A file that cannot be imported; the message names the file and where in it the problem is. */
export class ImportError extends Error {
  override name = 'ImportError';
}

const describe = (fileName: string, issues: readonly z.core.$ZodIssue[]) => {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return first ? `${fileName} is not valid TimelineJS3 JSON: ${formatIssuePath(first.path)}: ${first.message}${more}` : `${fileName} is not valid TimelineJS3 JSON`;
};

/**
 * Reads a Dateline data file or a TimelineJS3 JSON file (told apart by their shape) as a checked data file. Pure: the
 * caller decides where the result goes (a new library entry, the explorer). Throws an ImportError naming the path.
 */
export function importTimelineFile(text: string, fileName: string): DataFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${fileName} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ImportError(`${fileName} is neither a Dateline data file nor a TimelineJS3 file: expected a JSON object`);
  }
  if ('paragraphs' in json || 'version' in json) {
    try {
      return parseDataFile(text, fileName);
    } catch (error) {
      if (error instanceof DataFileError) throw new ImportError(`${fileName}: ${error.message}`);
      throw error;
    }
  }
  if (!('events' in json)) {
    throw new ImportError(`${fileName} is neither a Dateline data file (no "version") nor a TimelineJS3 file (no "events")`);
  }
  const timeline = TimelineJsSchema.safeParse(json);
  if (!timeline.success) throw new ImportError(describe(fileName, timeline.error.issues));
  try {
    const converted = DataFileSchema.safeParse(fromTimelineJs(timeline.data, fileName));
    if (!converted.success) throw new ImportError(describe(fileName, converted.error.issues));
    return converted.data;
  } catch (error) {
    if (error instanceof TimelineJsContentError) throw new ImportError(`${fileName} is not valid TimelineJS3 JSON: ${error.message}`);
    throw error;
  }
}
