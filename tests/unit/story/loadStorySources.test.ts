// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { reduceHistory, startHistory } from '../../../src/curation/curationHistory';
import { createEmptyLayer } from '../../../src/model/curation';
import { createIndexedDbCurationStore } from '../../../src/storage/curationStore';
import { openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';
import { countDatedEvents } from '../../../src/story/countDatedEvents';
import { loadLibrarySources, readSeedSource, SEED_KEY } from '../../../src/story/loadStorySources';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
});

const lighthouse = buildLighthouseFile();

async function saveArticle(headline: string, dataJson: string) {
  const { store } = await openLibraryStore();
  return store.add({ headline, published: '2021-06-10', eventCount: 4, text: 'The lighthouse reopened today.', dataJson });
}

describe('loadLibrarySources', () => {
  it('gives each saved article its events with the reader’s hand edits, kept under its library id', async () => {
    const saved = await saveArticle('Lighthouse relit', JSON.stringify(lighthouse));
    const curation = createIndexedDbCurationStore();
    const layer = { ...createEmptyLayer(saved.id), events: [{ id: 'reopening', title: 'Lighthouse shines again' }, { id: 'festival', deleted: true }] };
    await curation.save(saved.id, reduceHistory(startHistory(createEmptyLayer(saved.id)), { type: 'commit', layer, label: 'edits' }));

    const { sources, skipped } = await loadLibrarySources(curation);
    expect(skipped).toEqual([]);
    expect(sources.map((s) => [s.key, s.name, s.published, s.staleEditCount])).toEqual([[saved.id, 'Lighthouse relit', '2021-06-10', 0]]);
    expect(sources[0]!.events.map((e) => [e.id, e.title])).toEqual([
      ['reopening', 'Lighthouse shines again'],
      ['lamp-removed', 'The lamp is taken down'],
      ['restoration', 'Restoration of the lighthouse'],
    ]);
  });

  it('skips a record whose data file is damaged, by name and with the reason, and keeps the others', async () => {
    await saveArticle('Lighthouse relit', JSON.stringify(lighthouse));
    await saveArticle('Broken record', '{"version": 1, "article": {');
    const { sources, skipped } = await loadLibrarySources(createIndexedDbCurationStore());
    expect(sources.map((s) => s.name)).toEqual(['Lighthouse relit']);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Broken record', "its data file is not valid JSON: Expected property name or '}' in JSON at position 27"],
    ]);
  });

  it('gives nothing for an empty library', async () => {
    expect(await loadLibrarySources(createIndexedDbCurationStore())).toEqual({ sources: [], skipped: [] });
  });
});

describe('readSeedSource', () => {
  it('names the built-in article "seed" and applies the edits kept under its data file’s article id', async () => {
    const curation = createIndexedDbCurationStore();
    const layer = { ...createEmptyLayer('lighthouse'), events: [{ id: 'lamp-removed', title: 'Lamp removed for repair' }] };
    await curation.save('lighthouse', reduceHistory(startHistory(createEmptyLayer('lighthouse')), { type: 'commit', layer, label: 'rename' }));
    const seed = await readSeedSource(lighthouse, curation);
    expect([seed.key, seed.name, seed.published]).toEqual([SEED_KEY, 'Harbour town reopens its old lighthouse', '2021-06-10']);
    expect(seed.events.find((e) => e.id === 'lamp-removed')?.title).toBe('Lamp removed for repair');
  });
});

describe('countDatedEvents', () => {
  it('counts the events that have a place in time', () => {
    const undated = { ...lighthouse.events[0]!, id: 'undated', start: 'PAST_REF' };
    expect(countDatedEvents({ published: '2021-06-10', events: [...lighthouse.events, undated] })).toBe(4);
    expect(countDatedEvents({ published: '2021-06-10', events: [undated] })).toBe(0);
  });
});
