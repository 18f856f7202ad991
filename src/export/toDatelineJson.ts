import { DATA_FILE_VERSION, type DataFile } from '../model/dataFile';

/** The curated data file in the schema's current version: what the app and `?data=` read back. */
export function toDatelineJson(file: DataFile): string {
  return `${JSON.stringify({ ...file, version: DATA_FILE_VERSION }, null, 2)}\n`;
}
