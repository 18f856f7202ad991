import type { ArticleSummary } from '../storage/libraryRecord';
import { splitArticle } from '../storage/libraryStore';
import { openLibraryStore } from '../storage/openLibraryStore';
import { StorageError } from '../storage/storageError';
import type { ExtractReply, SaveInstruction } from './extractMessages';
import type { ExtractRequest, ExtractResult } from './extractToJson';

const summaryOf = (article: Parameters<typeof splitArticle>[0]): ArticleSummary => splitArticle(article).summary;

/**
 * Saves an extraction from inside the worker. Storage that is unavailable or full is not a failure of the
 * extraction: the data file goes back to the page with the reason, and the page keeps it for the tab.
 */
export async function saveInWorker(request: ExtractRequest, result: ExtractResult, save: SaveInstruction): Promise<ExtractReply> {
  const { store, unavailableReason } = await openLibraryStore();
  if (unavailableReason) return { type: 'done', result, unsavedReason: unavailableReason };
  try {
    if ('add' in save) {
      const article = await store.add({ ...save.add, eventCount: result.eventCount, text: request.text, dataJson: result.json });
      return { type: 'saved', article: summaryOf(article) };
    }
    const article = await store.update(save.update.id, save.update.revision, { eventCount: result.eventCount, dataJson: result.json });
    return { type: 'saved', article: summaryOf(article) };
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'quota' && 'add' in save) return { type: 'done', result, unsavedReason: error.message };
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
