// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleNewArticle } from '../../../src/library/saveExtracted';
import { openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';
import { saveInWorker } from '../../../src/worker/saveInWorker';

const request = { text: 'Bridge reopens\n\nIt reopened on Tuesday.', published: '2024-03-14' };
const result = { json: '{"version":1}\n', eventCount: 1 };
const confirmed = { headline: 'Bridge reopens', published: '2024-03-14' };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
});

afterEach(() => vi.restoreAllMocks());

describe('saving from the worker', () => {
  it('saves a new article and answers with its summary only', async () => {
    const reply = await saveInWorker(request, result, { add: confirmed });
    expect(reply).toMatchObject({ type: 'saved', article: { headline: 'Bridge reopens', published: '2024-03-14', eventCount: 1, revision: 1 } });
    expect(reply.type === 'saved' && 'dataJson' in reply.article).toBe(false);
    const { store } = await openLibraryStore();
    expect((await store.get(reply.type === 'saved' ? reply.article.id : ''))?.dataJson).toBe('{"version":1}\n');
  });

  it('re-extracts at the next revision, and refuses a revision that is no longer current', async () => {
    const added = await saveInWorker(request, result, { add: confirmed });
    const id = added.type === 'saved' ? added.article.id : '';
    expect(await saveInWorker(request, { json: '{"version":1,"new":1}\n', eventCount: 4 }, { update: { id, revision: 1 } })).toMatchObject({ type: 'saved', article: { id, eventCount: 4, revision: 2 } });
    expect(await saveInWorker(request, result, { update: { id, revision: 1 } })).toEqual({
      type: 'failed', message: 'This article was changed in another tab meanwhile; its newer version is shown. Make your change again.',
    });
  });

  it('hands the data file back with the reason when the storage is full, and the page keeps it for the tab', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reply = await saveInWorker(request, result, { add: confirmed });
    expect(reply).toEqual({
      type: 'done', result, unsavedReason: 'Could not save the article: the browser\'s storage for this site is full. Delete some articles and try again.',
    });
    if (reply.type !== 'done') return;
    const settled = await settleNewArticle(reply, { ...confirmed, text: request.text });
    expect(settled.warning).toBe('Could not save the article: the browser\'s storage for this site is full. Delete some articles and try again. “Bridge reopens” is open but not saved: it goes when this tab closes.');
    const { store } = await openLibraryStore();
    expect(await store.get(settled.article.id)).toBeUndefined();
  });
});
