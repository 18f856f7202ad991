import { announceLibraryChange } from './libraryChannel';
import { byNewestFirst, type LibraryArticle } from './libraryRecord';
import { createArticle, splitArticle, type LibraryStore } from './libraryStore';
import { StorageError } from './storageError';

/** The library when the browser refuses IndexedDB (private windows): same behaviour, kept only in this tab. */
export function createMemoryLibraryStore(now: () => number = Date.now): LibraryStore {
  const records = new Map<string, LibraryArticle>();
  const newestFirst = () => [...records.values()].sort(byNewestFirst);

  return {
    persistent: false,
    list: async () => ({ articles: newestFirst().map((article) => splitArticle(article).summary), unreadable: [] }),
    listWithContents: async () => ({ articles: newestFirst(), unreadable: [] }),
    get: async (id) => records.get(id),
    add: async (input) => {
      const article = createArticle(input, now());
      records.set(article.id, article);
      announceLibraryChange({ id: article.id });
      return article;
    },
    update: async (id, expectedRevision, change) => {
      const current = records.get(id);
      if (!current) throw new StorageError('missing', 'This article is no longer in the library.');
      if (current.revision !== expectedRevision) {
        throw new StorageError('stale', 'This article was changed meanwhile; its newer version is shown. Make your change again.');
      }
      const article = { ...current, ...change, revision: expectedRevision + 1, updatedAt: now() };
      records.set(id, article);
      announceLibraryChange({ id });
      return article;
    },
    remove: async (id) => {
      const article = records.get(id);
      records.delete(id);
      announceLibraryChange({ id });
      return article;
    },
    restore: async (article) => {
      if (records.has(article.id)) throw new StorageError('stale', 'An article with this id was saved meanwhile; nothing was put back.');
      records.set(article.id, article);
      announceLibraryChange({ id: article.id });
    },
    removeAll: async () => {
      const count = records.size;
      records.clear();
      announceLibraryChange({});
      return count;
    },
  };
}
