import type * as z from 'zod/mini';
import { DATA_FILE_VERSION, DataFileSchema, type DataFile } from '../model/dataFile';
import { DataFileError } from './dataFileError';

/** A schema path as code would write it: ["events", 3, "sources", 0, "text"] → "events[3].sources[0].text". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first, ...rest] = issues;
  if (!first) return 'unknown problem';
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
  return `${formatIssuePath(first.path)}: ${first.message}${more}`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Vite's dev server answers unknown paths with index.html; say so instead of quoting the parser.
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype|html)/i.test(text);

/**
 * Reads the text of a data file: JSON, then the version, then the schema (which also checks every
 * quoted span against its paragraph). Throws a DataFileError naming the file and the schema path.
 */
export function parseDataFile(text: string, fileName: string): DataFile {
  if (looksLikeHtml(text)) {
    throw new DataFileError('json', `${fileName} is not valid JSON: the server sent an HTML page (is the path right?)`);
  }
  let json: unknown;
  performance.mark('dateline:data file read');
  try {
    json = JSON.parse(text);
    performance.measure('dateline:JSON parse', 'dateline:data file read');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError('json', `${fileName} is not valid JSON: ${reason}`);
  }
  if (isPlainObject(json)) {
    if (!('version' in json)) {
      throw new DataFileError('version', `The data file has no version: this build reads version ${DATA_FILE_VERSION}`);
    }
    if (json.version !== DATA_FILE_VERSION) {
      throw new DataFileError('version', `Unknown data file version ${JSON.stringify(json.version)}: this build reads version ${DATA_FILE_VERSION}`);
    }
  }
  performance.mark('dateline:JSON parsed');
  const result = DataFileSchema.safeParse(json);
  performance.measure('dateline:schema validation', 'dateline:JSON parsed');
  if (!result.success) {
    throw new DataFileError('schema', `The data file does not match the schema: ${describeIssues(result.error.issues)}`);
  }
  return result.data;
}
