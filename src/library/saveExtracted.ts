import type { ArticleSummary, NewArticle } from '../storage/libraryRecord';
import { splitArticle } from '../storage/libraryStore';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';
import type { ExtractOutcome } from '../worker/extractInWorker';

/** Where a new article went: saved, or kept for this tab only with the reason (storage full or unavailable). */
export interface SaveOutcome {
  article: ArticleSummary;
  warning?: string;
}

/**
 * Settles a new article after the worker's run. Usually the worker saved it already; when the browser refused
 * (no IndexedDB, storage full) it is kept in this tab's memory, still opens, and the reader is told.
 */
export async function settleNewArticle(outcome: ExtractOutcome, confirmed: Omit<NewArticle, 'eventCount' | 'dataJson'>): Promise<SaveOutcome> {
  if (outcome.type === 'saved') return { article: outcome.article };
  const { store } = await openLibraryStore();
  // The page's store is the memory one when IndexedDB is unavailable; when only the quota failed, the tab's own.
  const keeper = store.persistent ? getUnsavedArticles() : store;
  const kept = await keeper.add({ ...confirmed, eventCount: outcome.result.eventCount, dataJson: outcome.result.json });
  const warning = outcome.unsavedReason && store.persistent
    ? `${outcome.unsavedReason} “${confirmed.headline}” is open but not saved: it goes when this tab closes.`
    : outcome.unsavedReason;
  return { article: splitArticle(kept).summary, ...(warning ? { warning } : {}) };
}
