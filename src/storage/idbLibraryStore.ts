import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { announceLibraryChange } from './libraryChannel';
import { byNewestFirst, readContent, readSummary, type ArticleSummary, type LibraryArticle, type UnreadableArticle } from './libraryRecord';
import { createArticle, splitArticle, type LibraryStore } from './libraryStore';
import { StorageError, toStorageError } from './storageError';

/** The IndexedDB database of the library (the curation edits live in their own database). */
export const LIBRARY_DB_NAME = 'dateline-library';
const DB_VERSION = 1;

// Values are `unknown`: a record may have been written by another version or damaged, and is checked on read.
interface LibraryDb extends DBSchema {
  articles: { key: string; value: unknown };
  contents: { key: string; value: unknown };
}

/** Opens (creating on first use) the library database. */
export async function openLibraryDb(): Promise<IDBPDatabase<LibraryDb>> {
  const db = await openDB<LibraryDb>(LIBRARY_DB_NAME, DB_VERSION, {
    upgrade(database) {
      // Out-of-line keys: a damaged record without an id can still be listed and deleted by its key.
      if (!database.objectStoreNames.contains('articles')) database.createObjectStore('articles');
      if (!database.objectStoreNames.contains('contents')) database.createObjectStore('contents');
    },
  });
  // A newer tab upgrading the schema must not be blocked by this one.
  db.addEventListener('versionchange', () => db.close());
  return db;
}

function readAll(keys: IDBValidKey[], values: unknown[]) {
  const articles: ArticleSummary[] = [];
  const unreadable: UnreadableArticle[] = [];
  values.forEach((raw, index) => {
    const read = readSummary(raw, String(keys[index]));
    if ('summary' in read) articles.push(read.summary);
    else unreadable.push(read.unreadable);
  });
  return { articles: articles.sort(byNewestFirst), unreadable };
}

/** The library over IndexedDB: two stores, summaries and contents, written together in one transaction. */
export function createIdbLibraryStore(db: IDBPDatabase<LibraryDb>, now: () => number = Date.now): LibraryStore {
  const run = async <T>(doing: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error, doing);
    }
  };

  const putWhole = async (article: LibraryArticle) => {
    const { summary, content } = splitArticle(article);
    const tx = db.transaction(['articles', 'contents'], 'readwrite');
    await Promise.all([tx.objectStore('articles').put(summary, article.id), tx.objectStore('contents').put(content, article.id), tx.done]);
  };

  return {
    persistent: true,
    list: () => run('read the library', async () => {
      const tx = db.transaction('articles');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return readAll(keys, values);
    }),
    listWithContents: () => run('read the library', async () => {
      const tx = db.transaction(['articles', 'contents']);
      const [keys, values, contentKeys, contents] = await Promise.all([
        tx.objectStore('articles').getAllKeys(), tx.objectStore('articles').getAll(),
        tx.objectStore('contents').getAllKeys(), tx.objectStore('contents').getAll(),
      ]);
      const byId = new Map(contentKeys.map((key, index) => [String(key), contents[index]]));
      const { articles: summaries, unreadable } = readAll(keys, values);
      const articles: LibraryArticle[] = [];
      for (const summary of summaries) {
        const content = readContent(byId.get(summary.id));
        if (typeof content === 'string') unreadable.push({ id: summary.id, name: summary.headline, reason: content });
        else articles.push({ ...summary, text: content.text, dataJson: content.dataJson });
      }
      return { articles, unreadable };
    }),
    get: (id) => run('open the article', async () => {
      const tx = db.transaction(['articles', 'contents']);
      const [raw, rawContent] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('contents').get(id)]);
      if (raw === undefined) return undefined;
      const read = readSummary(raw, id);
      if ('unreadable' in read) throw new StorageError('unreadable', `“${read.unreadable.name}” cannot be opened: ${read.unreadable.reason}.`);
      const content = readContent(rawContent);
      if (typeof content === 'string') throw new StorageError('unreadable', `“${read.summary.headline}” cannot be opened: ${content}.`);
      return { ...read.summary, text: content.text, dataJson: content.dataJson };
    }),
    add: (input) => run('save the article', async () => {
      const article = createArticle(input, now());
      await putWhole(article);
      announceLibraryChange({ id: article.id });
      return article;
    }),
    update: (id, expectedRevision, change) => run('save the change', async () => {
      const tx = db.transaction(['articles', 'contents'], 'readwrite');
      const [raw, rawContent] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('contents').get(id)]);
      const read = raw === undefined ? undefined : readSummary(raw, id);
      if (!read) throw new StorageError('missing', 'This article is no longer in the library (deleted in another tab?).');
      if ('unreadable' in read) throw new StorageError('unreadable', `“${read.unreadable.name}” cannot be changed: ${read.unreadable.reason}.`);
      if (read.summary.revision !== expectedRevision) {
        throw new StorageError('stale', 'This article was changed in another tab meanwhile; its newer version is shown. Make your change again.');
      }
      const content = readContent(rawContent);
      const base = typeof content === 'string' ? { text: '', dataJson: '' } : content;
      const article: LibraryArticle = { ...read.summary, text: base.text, dataJson: base.dataJson, ...change, revision: expectedRevision + 1, updatedAt: now() };
      const { summary, content: next } = splitArticle(article);
      await Promise.all([tx.objectStore('articles').put(summary, id), tx.objectStore('contents').put(next, id), tx.done]);
      announceLibraryChange({ id });
      return article;
    }),
    remove: (id) => run('delete the article', async () => {
      const tx = db.transaction(['articles', 'contents'], 'readwrite');
      const [raw, rawContent] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('contents').get(id)]);
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('contents').delete(id), tx.done]);
      announceLibraryChange({ id });
      const read = raw === undefined ? undefined : readSummary(raw, id);
      const content = readContent(rawContent);
      if (!read || 'unreadable' in read || typeof content === 'string') return undefined;
      return { ...read.summary, text: content.text, dataJson: content.dataJson };
    }),
    restore: (article) => run('put the article back', async () => {
      const tx = db.transaction(['articles', 'contents'], 'readwrite');
      if ((await tx.objectStore('articles').getKey(article.id)) !== undefined) {
        throw new StorageError('stale', 'An article with this id was saved meanwhile; nothing was put back.');
      }
      const { summary, content } = splitArticle(article);
      await Promise.all([tx.objectStore('articles').put(summary, article.id), tx.objectStore('contents').put(content, article.id), tx.done]);
      announceLibraryChange({ id: article.id });
    }),
    removeAll: () => run('delete the articles', async () => {
      const tx = db.transaction(['articles', 'contents'], 'readwrite');
      const count = await tx.objectStore('articles').count();
      await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('contents').clear(), tx.done]);
      announceLibraryChange({});
      return count;
    }),
  };
}
