import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getUnsavedArticles, openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';
import { openLibraryDb } from '../../../src/storage/idbLibraryStore';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from '../app/renderApp';

// The first test also loads the library chunk (readers, storage); on a busy machine that takes seconds.
configure({ asyncUtilTimeout: 8000 });

const seedFile = buildDataFileInput(LIGHTHOUSE);
const seedBody = JSON.stringify(seedFile);
const SEED_TITLE = seedFile.article.title;

async function save(headline: string, published = '2024-03-14') {
  const { store } = await openLibraryStore();
  return store.add({ headline, published, eventCount: 3, text: `${headline}\n\nOn Monday it happened.`, dataJson: seedBody });
}

const articleList = () => screen.findByRole('list', { name: 'Articles' });
const itemNames = async () => within(await articleList()).getAllByRole('listitem').map((item) => item.querySelector('.library-item-title')?.textContent);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
  stubFetch({ body: seedBody });
  window.history.replaceState(null, '', '/#library');
});

afterEach(() => vi.unstubAllGlobals());

describe('the library view', () => {
  it('offers Add article in its empty state, below the built-in article', async () => {
    renderApp();
    expect(await screen.findByText(/No articles of your own yet\./)).toBeInTheDocument();
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE]));
    await userEvent.click(screen.getByRole('button', { name: 'Add your first article' }));
    expect(await screen.findByRole('dialog', { name: 'Add an article' })).toBeInTheDocument();
  });

  it('lists the built-in article first, then the reader’s newest first, and filters as they type', async () => {
    await save('Bridge reopens');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await save('Lighthouse relit again', '2021-06-02');
    renderApp();
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE, 'Lighthouse relit again', 'Bridge reopens']));
    expect(within(await articleList()).getAllByRole('listitem')[1]).toHaveTextContent(/Published 2 June 2021\s*3 events\s*Added/);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter' }), 'BRIDGE');
    await waitFor(async () => expect(await itemNames()).toEqual(['Bridge reopens']));
  });

  it('deletes with an Undo that puts the article back', async () => {
    await save('Bridge reopens');
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Bridge reopens”' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Deleted “Bridge reopens”.');
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE]));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE, 'Bridge reopens']));
  });

  it('renames an article in place', async () => {
    await save('Bridge reopens');
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Bridge reopens”' }));
    const input = screen.getByLabelText('New headline');
    await userEvent.clear(input);
    await userEvent.type(input, 'Bridge open again{Enter}');
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE, 'Bridge open again']));
    const { store } = await openLibraryStore();
    expect((await store.list()).articles.map((a) => [a.headline, a.revision])).toEqual([['Bridge open again', 2]]);
  });

  it('names a damaged record with its reason and a Delete, and keeps the rest', async () => {
    await save('Bridge reopens');
    const db = await openLibraryDb();
    await db.put('articles', { id: 'x1', schemaVersion: 3, headline: 'From the future' }, 'x1');
    renderApp();
    expect(await screen.findByText(/One saved article cannot be opened/)).toBeInTheDocument();
    const damaged = (await screen.findByText('From the future')).closest('li')!;
    expect(damaged).toHaveTextContent('Cannot be opened: saved by a newer version of Dateline (record version 3; this one reads 1).');
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE, 'Bridge reopens', 'From the future']));
    await userEvent.click(within(damaged).getByRole('button', { name: 'Delete “From the future”' }));
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE, 'Bridge reopens']));
  });

  it('asks before deleting all, and Keep them keeps them', async () => {
    await save('Bridge reopens');
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete all my articles' }));
    expect(screen.getByRole('group', { name: 'Confirm deleting all' })).toHaveTextContent('Delete all 1 of your articles? This cannot be undone; the built-in article stays.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my articles' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete all' }));
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE]));
  });
});

describe('an article the browser could not save (storage full)', () => {
  it('is listed as kept in this tab only, and can be deleted like the others', async () => {
    await getUnsavedArticles().add({ headline: 'Too big to keep', published: '2024-03-14', eventCount: 1, text: 'Too big to keep', dataJson: seedBody });
    renderApp();
    const item = (await screen.findByRole('link', { name: 'Too big to keep' })).closest('li')!;
    expect(item).toHaveTextContent('Not saved: kept in this tab only');
    await userEvent.click(within(item).getByRole('button', { name: 'Delete “Too big to keep”' }));
    await waitFor(async () => expect(await itemNames()).toEqual([SEED_TITLE]));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a saved article', () => {
  it('opens at #article=<id> under its library headline', async () => {
    const saved = await save('Renamed lighthouse story');
    window.history.replaceState(null, '', `/#article=${saved.id}`);
    renderApp();
    expect(await screen.findByRole('article', { name: 'Article' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Renamed lighthouse story · Dateline'));
  });

  it('says so when the URL names an article this browser does not have', async () => {
    window.history.replaceState(null, '', '/#article=0123456789ab');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no saved article “0123456789ab” in this browser\'s library');
  });
});
