import type { LibraryArticle, NewArticle } from '../storage/libraryRecord';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';
import { StorageError } from '../storage/storageError';

/** Where a new article went: saved, or kept for this tab only with the reason (storage full or unavailable). */
export interface SaveOutcome {
  article: LibraryArticle;
  warning?: string;
}

/** Saves a new article; when the browser's storage is full it is still opened, kept in this tab, and the reader told. */
export async function saveExtracted(article: NewArticle): Promise<SaveOutcome> {
  const { store, unavailableReason } = await openLibraryStore();
  try {
    const saved = await store.add(article);
    return unavailableReason ? { article: saved, warning: unavailableReason } : { article: saved };
  } catch (error) {
    if (!(error instanceof StorageError) || error.kind !== 'quota') throw error;
    const kept = await getUnsavedArticles().add(article);
    return { article: kept, warning: `${error.message} “${article.headline}” is open but not saved: it goes when this tab closes.` };
  }
}
