import { formatIssuePath } from '../data/parseDataFile';
import { CURATION_VERSION, CurationLayerSchema, CurationV1Schema, type CurationLayer, type EventEdit } from '../model/curation';
import type { DataFile } from '../model/dataFile';
import { findEditTarget } from './findEditTarget';

/** A curation file read as the current version, and the version-1 entries that named no event. */
export interface CurationFileReading {
  layer: CurationLayer;
  unmatched: string[];
}

/**
 * Reads a curation file of either version over the article it belongs to. Version 1 (no version field, entries by id
 * or quote) is upgraded: each entry is pinned to the event it names now, keeping its quote to find it again later.
 */
export function readCurationFile(json: unknown, extracted: DataFile): CurationFileReading {
  const version = typeof json === 'object' && json !== null && 'version' in json ? (json as { version: unknown }).version : 1;
  if (version === CURATION_VERSION) {
    const parsed = CurationLayerSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`the curation file does not match version ${CURATION_VERSION}: ${formatIssuePath(issue.path)}: ${issue.message}`);
    }
    return { layer: parsed.data, unmatched: [] };
  }
  if (version !== 1) throw new Error(`unknown curation version ${JSON.stringify(version)}: this build reads versions 1 and ${CURATION_VERSION}`);
  const parsed = CurationV1Schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the curation file does not match version 1: ${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  const unmatched: string[] = [];
  const edits: EventEdit[] = [];
  for (const entry of parsed.data.events) {
    const target = findEditTarget(extracted.events, { id: entry.id ?? '', ...(entry.quote ? { quote: entry.quote } : {}) });
    if (!target) {
      unmatched.push(entry.id !== undefined ? `id "${entry.id}"` : `quote ${JSON.stringify(entry.quote)}`);
      continue;
    }
    edits.push({
      id: target.id,
      quote: entry.quote ?? target.sources[0]!.text,
      ...(entry.title === undefined ? {} : { title: entry.title }),
      ...(entry.category === undefined ? {} : { category: entry.category }),
    });
  }
  return { layer: { version: CURATION_VERSION, article: extracted.article.id, events: edits, added: [] }, unmatched };
}
