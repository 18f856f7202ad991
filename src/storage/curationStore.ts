import { openDB, type IDBPDatabase } from 'idb';
import { CurationHistorySchema } from '../model/curation';
import type { CurationHistory } from '../curation/curationHistory';

/** Where hand edits live: one record per article id, holding its whole undo/redo history. */
export interface CurationStore {
  /** The saved history of an article, or null when it has none (or the record is unreadable). */
  load(articleId: string): Promise<CurationHistory | null>;
  /** Resolves only once the history is durably written; rejects when the write failed. */
  save(articleId: string, history: CurationHistory): Promise<void>;
}

export const CURATION_DB_NAME = 'dateline-curation';
const STORE = 'curations';

interface CurationRecord {
  article: string;
  history: CurationHistory;
  savedAt: string;
}

/** The IndexedDB store (database `dateline-curation`, object store `curations` keyed by article id). */
export function createIndexedDbCurationStore(): CurationStore {
  let database: Promise<IDBPDatabase> | null = null;
  const open = () => {
    database ??= openDB(CURATION_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'article' });
      },
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  return {
    async load(articleId) {
      const db = await open();
      const record = (await db.get(STORE, articleId)) as CurationRecord | undefined;
      if (!record) return null;
      const parsed = CurationHistorySchema.safeParse(record.history);
      return parsed.success ? parsed.data : null;
    },
    async save(articleId, history) {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      const record: CurationRecord = { article: articleId, history, savedAt: new Date().toISOString() };
      await Promise.all([tx.store.put(record), tx.done]);
    },
  };
}
