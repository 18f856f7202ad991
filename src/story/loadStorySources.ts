import { applyCurationLayer } from '../curation/applyCurationLayer';
import { parseDataFile } from '../data/parseDataFile';
import type { DataFile, TimelineEvent } from '../model/dataFile';
import { createIndexedDbCurationStore, type CurationStore } from '../storage/curationStore';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';

/** One article the story can merge: its events with the reader's hand edits applied, and where to open it. */
export interface StorySource {
  /** "seed" for the built-in article, else the library id. */
  key: string;
  name: string;
  /** YYYY-MM-DD */
  published: string;
  events: readonly TimelineEvent[];
  /** Hand edits that no longer apply (left out, as the article's own view does). */
  staleEditCount: number;
}

/** A saved article the story cannot read, by name, with why. */
export interface SkippedArticle {
  key: string;
  name: string;
  reason: string;
}

/** What the library gives the story: the readable articles newest first, and the ones skipped. */
export interface LibrarySources {
  sources: StorySource[];
  skipped: SkippedArticle[];
  /** Set when the reader's hand edits could not be read: the story shows the extracted events. */
  curationProblem?: string;
}

/** The key the built-in article goes by in the story's URL. */
export const SEED_KEY = 'seed';

/** The article's events with its saved hand edits applied (the same layer its own view shows). */
export async function curateEvents(file: DataFile, curationId: string, store: CurationStore) {
  const history = await store.load(curationId);
  if (!history) return { events: file.events, staleEditCount: 0 };
  const curated = applyCurationLayer(file, history.present);
  return { events: curated.file.events, staleEditCount: curated.stale.length };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The built-in article as a story source (its hand edits are kept under its data file's article id). */
export async function readSeedSource(file: DataFile, store: CurationStore = createIndexedDbCurationStore()): Promise<StorySource> {
  const curated = await curateEvents(file, file.article.id, store).catch(() => ({ events: file.events, staleEditCount: 0 }));
  return { key: SEED_KEY, name: file.article.title, published: file.article.published, ...curated };
}

/**
 * Every saved article (and any kept only in this tab) whole, each with its hand edits (kept by library id, as
 * its own view keeps them). A record or data file that cannot be read is skipped by name, never fatal.
 */
export async function loadLibrarySources(store: CurationStore = createIndexedDbCurationStore()): Promise<LibrarySources> {
  const { store: library } = await openLibraryStore();
  const [saved, unsaved] = await Promise.all([library.listWithContents(), getUnsavedArticles().listWithContents()]);
  const skipped: SkippedArticle[] = saved.unreadable.map((record) => ({ key: record.id, name: record.name, reason: record.reason }));
  let curationProblem: string | undefined;
  const readable: { record: (typeof saved.articles)[number]; file: DataFile }[] = [];
  for (const record of [...unsaved.articles, ...saved.articles]) {
    try {
      readable.push({ record, file: parseDataFile(record.dataJson, 'its data file') });
    } catch (error) {
      skipped.push({ key: record.id, name: record.headline, reason: messageOf(error) });
    }
  }
  // The hand edits of every article are read at once: one IndexedDB round trip each, in parallel.
  const sources = await Promise.all(readable.map(async ({ record, file }): Promise<StorySource> => {
    const curated = await curateEvents(file, record.id, store).catch((error: unknown) => {
      curationProblem = `Your hand edits could not be read (${messageOf(error)}), so the story shows the extracted events.`;
      return { events: file.events, staleEditCount: 0 };
    });
    return { key: record.id, name: record.headline, published: file.article.published, ...curated };
  }));
  return { sources, skipped, ...(curationProblem ? { curationProblem } : {}) };
}
