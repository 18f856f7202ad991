import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reduceHistory, startHistory } from '../../../src/curation/curationHistory';
import { createEmptyLayer } from '../../../src/model/curation';
import { createIndexedDbCurationStore } from '../../../src/storage/curationStore';
import { openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from '../app/renderApp';

// The first test loads the library chunk (the story lives in it); on a busy machine that takes seconds.
configure({ asyncUtilTimeout: 8000 });

const seedBody = JSON.stringify(buildDataFileInput(LIGHTHOUSE));
const SEED_TITLE = LIGHTHOUSE.article!.title!;
const undatedBody = JSON.stringify(buildDataFileInput({
  article: { id: 'quiet-street', title: 'Quiet street', published: '2024-03-14' },
  paragraphs: [{ id: 'p1', kind: 'body', text: 'Nothing at all happened on this street.' }],
}));

async function save(headline: string, dataJson: string) {
  const { store } = await openLibraryStore();
  return store.add({ headline, published: '2024-03-14', eventCount: 0, text: headline, dataJson });
}

const chooser = () => screen.findByRole('group', { name: 'Articles in the story' });
const boxNames = async () => within(await chooser()).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
  stubFetch({ body: seedBody });
  window.history.replaceState(null, '', '/#story');
});

afterEach(() => vi.unstubAllGlobals());

describe('the story view', () => {
  it('with nothing saved, shows the built-in article and offers Add article', async () => {
    renderApp();
    expect(await boxNames()).toEqual([`${SEED_TITLE} (4 events)`]);
    expect(screen.getByRole('heading', { name: 'Story across your library' })).toBeInTheDocument();
    expect(screen.getByText(/^4 events from 1 article$/)).toBeInTheDocument();
    const note = screen.getByText(/Your library holds only the built-in article\./).closest('div')!;
    await userEvent.click(within(note).getByRole('button', { name: 'Add article' }));
    expect(await screen.findByRole('dialog', { name: 'Add an article' })).toBeInTheDocument();
  });

  it('lists a damaged record by name with why it is left out, and says which chosen article has no dated events', async () => {
    await save('Broken record', '{"version": 1');
    await save('Quiet street', undatedBody);
    renderApp();
    expect(await boxNames()).toEqual([`${SEED_TITLE} (4 events)`, 'Quiet street (no dated events)']);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('One saved article is left out of the story because it cannot be read:');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^Broken record: its data file is not valid JSON/);
    expect(screen.getByText('“Quiet street” has no dated events, so nothing of it is on the timeline.')).toBeInTheDocument();
    expect(screen.queryByText(/Your library holds only the built-in article/)).toBeNull();
  });

  it('says when the link names an article this library lacks, and when an article’s hand edits no longer apply', async () => {
    const saved = await save('Lighthouse relit', seedBody);
    const layer = { ...createEmptyLayer(saved.id), events: [{ id: 'gone-event', quote: 'words that are gone', title: 'Renamed' }] };
    await createIndexedDbCurationStore().save(saved.id, reduceHistory(startHistory(createEmptyLayer(saved.id)), { type: 'commit', layer, label: 'rename' }));
    window.history.replaceState(null, '', `/#story=${saved.id},0123456789ab`);
    renderApp();
    expect(await screen.findByText('One article this link names is not in this browser’s library (deleted, or saved in another browser).')).toBeInTheDocument();
    expect(screen.getByText('“Lighthouse relit”: one hand edit no longer applies to the article as extracted now and is left out, as in the article’s own view.')).toBeInTheDocument();
    expect(screen.getByText(/^4 events from 1 article$/)).toBeInTheDocument();
  });

  it('with no article chosen (#story=), says how to choose one and draws no timeline', async () => {
    window.history.replaceState(null, '', '/#story=');
    renderApp();
    expect(await screen.findByText(/^No article is chosen\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    expect(within(await chooser()).getByRole('checkbox', { name: `${SEED_TITLE} (4 events)` })).not.toBeChecked();
  });
});
