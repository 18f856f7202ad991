// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdbLibraryStore, LIBRARY_DB_NAME, openLibraryDb } from '../../../src/storage/idbLibraryStore';
import { onLibraryChange, type LibraryChange } from '../../../src/storage/libraryChannel';
import type { NewArticle } from '../../../src/storage/libraryRecord';
import type { LibraryStore } from '../../../src/storage/libraryStore';
import { createMemoryLibraryStore } from '../../../src/storage/memoryLibraryStore';
import { openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';

const article = (headline: string, published = '2024-03-14'): NewArticle => ({
  headline, published, eventCount: 2, text: `${headline}\n\nIt happened on Monday.`, dataJson: `{"title":"${headline}"}`,
});

/** A clock the test moves: each read is one second after the last. */
function steppingClock(startMs = Date.UTC(2026, 11, 3, 12)) {
  let now = startMs;
  return () => (now += 1000);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
});

const implementations: [string, () => Promise<LibraryStore>][] = [
  ['IndexedDB', async () => createIdbLibraryStore(await openLibraryDb(), steppingClock())],
  ['memory', async () => createMemoryLibraryStore(steppingClock())],
];

describe.each(implementations)('the %s library store', (_name, open) => {
  it('lists articles newest first without their text, and opens one whole', async () => {
    const store = await open();
    const first = await store.add(article('Bridge reopens'));
    const second = await store.add(article('Lighthouse relit', '2021-06-02'));
    const listing = await store.list();
    expect(listing.articles.map((a) => [a.headline, a.published, a.eventCount, a.revision])).toEqual([
      ['Lighthouse relit', '2021-06-02', 2, 1],
      ['Bridge reopens', '2024-03-14', 2, 1],
    ]);
    expect(listing.articles[0]).not.toHaveProperty('text');
    expect(second.addedAt - first.addedAt).toBe(1000);
    expect(await store.get(first.id)).toEqual(first);
    expect(await store.get('no-such-id')).toBeUndefined();
  });

  it('lists every article with its text and data file in one call', async () => {
    const store = await open();
    await store.add(article('Bridge reopens'));
    await store.add(article('Lighthouse relit'));
    const { articles, unreadable } = await store.listWithContents();
    expect(articles.map((a) => [a.headline, a.dataJson])).toEqual([
      ['Lighthouse relit', '{"title":"Lighthouse relit"}'],
      ['Bridge reopens', '{"title":"Bridge reopens"}'],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('renames at the next revision and refuses a write from an older revision', async () => {
    const store = await open();
    const saved = await store.add(article('Bridge reopens'));
    const renamed = await store.update(saved.id, 1, { headline: 'Bridge open again' });
    expect([renamed.headline, renamed.revision, renamed.text]).toEqual(['Bridge open again', 2, saved.text]);
    await expect(store.update(saved.id, 1, { headline: 'Stale tab’s name' })).rejects.toMatchObject({ kind: 'stale' });
    expect((await store.get(saved.id))?.headline).toBe('Bridge open again');
  });

  it('re-extracts in place: same id, new data file', async () => {
    const store = await open();
    const saved = await store.add(article('Bridge reopens'));
    await store.update(saved.id, 1, { dataJson: '{"new":true}', eventCount: 5 });
    expect(await store.get(saved.id)).toMatchObject({ id: saved.id, dataJson: '{"new":true}', eventCount: 5, revision: 2, addedAt: saved.addedAt });
  });

  it('deletes, and Undo puts the very same article back', async () => {
    const store = await open();
    const saved = await store.add(article('Bridge reopens'));
    const removed = await store.remove(saved.id);
    expect(removed).toEqual(saved);
    expect((await store.list()).articles).toEqual([]);
    await store.restore(removed!);
    expect(await store.get(saved.id)).toEqual(saved);
    await expect(store.restore(removed!)).rejects.toMatchObject({ kind: 'stale' });
  });

  it('deletes all and says how many', async () => {
    const store = await open();
    await store.add(article('One'));
    await store.add(article('Two'));
    expect(await store.removeAll()).toBe(2);
    expect((await store.list()).articles).toEqual([]);
  });

  it('tells listeners in this tab what changed', async () => {
    const store = await open();
    const changes: LibraryChange[] = [];
    const stop = onLibraryChange((change) => changes.push(change));
    const saved = await store.add(article('Bridge reopens'));
    await store.removeAll();
    stop();
    await store.add(article('After unsubscribing'));
    expect(changes).toEqual([{ id: saved.id }, {}]);
  });
});

describe('records this version cannot read', () => {
  async function putRaw(key: string, summary: unknown, content?: unknown) {
    const db = await openLibraryDb();
    const tx = db.transaction(['articles', 'contents'], 'readwrite');
    await tx.objectStore('articles').put(summary, key);
    if (content !== undefined) await tx.objectStore('contents').put(content, key);
    await tx.done;
    return db;
  }

  it('reports a damaged record by its headline with the reason, and still lists the others', async () => {
    const db = await putRaw('broken1', { id: 'broken1', schemaVersion: 1, revision: 1, headline: 'Half-written', published: 'soon' });
    const store = createIdbLibraryStore(db, steppingClock());
    await store.add(article('Bridge reopens'));
    const listing = await store.list();
    expect(listing.articles.map((a) => a.headline)).toEqual(['Bridge reopens']);
    expect(listing.unreadable).toEqual([
      { id: 'broken1', name: 'Half-written', reason: 'the saved record is damaged (published: expected a date as YYYY-MM-DD)' },
    ]);
    await expect(store.get('broken1')).rejects.toMatchObject({ kind: 'unreadable' });
    await store.remove('broken1');
    expect((await store.list()).unreadable).toEqual([]);
  });

  it('reports a record from another schema version by name rather than dropping it', async () => {
    const db = await putRaw('old1', { id: 'old1', schemaVersion: 0, title: 'From last year' });
    const store = createIdbLibraryStore(db);
    expect((await store.list()).unreadable).toEqual([
      { id: 'old1', name: 'old1', reason: 'saved by an older version of Dateline (record version 0; this one reads 1)' },
    ]);
  });

  it('reports an article whose text and data file are missing when listing contents', async () => {
    const db = await putRaw('lonely', { id: 'lonely', schemaVersion: 1, revision: 1, headline: 'Lonely', published: '2024-01-01', eventCount: 0, addedAt: 1, updatedAt: 1 });
    const store = createIdbLibraryStore(db);
    expect(await store.listWithContents()).toEqual({ articles: [], unreadable: [{ id: 'lonely', name: 'Lonely', reason: 'its text and data file are missing' }] });
    await expect(store.get('lonely')).rejects.toThrow('“Lonely” cannot be opened: its text and data file are missing.');
  });
});

describe('opening the library', () => {
  afterEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('uses IndexedDB database "dateline-library" when the browser allows it', async () => {
    const { store, unavailableReason } = await openLibraryStore();
    expect([store.persistent, unavailableReason]).toEqual([true, undefined]);
    await store.add(article('Saved'));
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([LIBRARY_DB_NAME]);
  });

  it('works in memory and says so when IndexedDB refuses (a private window)', async () => {
    globalThis.indexedDB = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const { store, unavailableReason } = await openLibraryStore();
    expect(store.persistent).toBe(false);
    expect(unavailableReason).toBe('This browser does not let Dateline save here (a private window?): The operation is insecure.. Articles you add stay until this tab closes.');
    await store.add(article('Kept for now'));
    expect((await store.list()).articles.map((a) => a.headline)).toEqual(['Kept for now']);
  });
});
