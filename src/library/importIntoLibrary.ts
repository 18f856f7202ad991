import { articleUrl, navigateTo } from '../app/usePageRoute';
import type { DataFile } from '../model/dataFile';
import type { NewArticle } from '../storage/libraryRecord';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';
import { StorageError } from '../storage/storageError';

/** The library record of an imported data file: its paragraphs are its text, so it can be re-extracted later. */
function toNewArticle(file: DataFile): NewArticle {
  return {
    headline: file.article.title,
    published: file.article.published,
    eventCount: file.events.length,
    text: file.paragraphs.map((paragraph) => paragraph.text).join('\n'),
    dataJson: JSON.stringify(file),
    ...(file.article.credit ? { source: file.article.credit } : {}),
  };
}

/**
 * Saves an imported Dateline or TimelineJS3 file as a new library entry (with an id of its own, so its hand edits
 * never mix with another article's) and opens it. When storage is full it still opens, kept for this tab only.
 */
export async function importIntoLibrary(file: DataFile): Promise<void> {
  const article = toNewArticle(file);
  const { store } = await openLibraryStore();
  let saved;
  try {
    saved = await store.add(article);
  } catch (error) {
    if (!(error instanceof StorageError && error.kind === 'quota')) throw error;
    saved = await getUnsavedArticles().add(article);
  }
  navigateTo(articleUrl(saved.id));
}
