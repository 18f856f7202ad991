// Apart from the schemas in curation.ts, so the first page can start an empty layer without loading them.
import type { CurationLayer } from './curation';

/** Version 1 is `data/seed.curation.json` (titles and categories only, no version field); 2 adds all of curation.ts. */
export const CURATION_VERSION = 2;

/** A layer with no edits. */
export function createEmptyLayer(articleId: string): CurationLayer {
  return { version: CURATION_VERSION, article: articleId, events: [], added: [] };
}
