import * as z from 'zod/mini';
import { DataFileSchema } from '../src/model/dataFile';

/**
 * The data file's JSON Schema as committed text. "input" describes what writers may put in a file (fields with
 * defaults are optional); the span refinement cannot be expressed in JSON Schema and is only checked by zod.
 */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(DataFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Dateline events data file', $id: 'dateline.schema.json' }, null, 2)}\n`;
}
