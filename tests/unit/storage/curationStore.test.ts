import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { reduceHistory, startHistory } from '../../../src/curation/curationHistory';
import { createEmptyLayer } from '../../../src/model/curation';
import { CURATION_DB_NAME, createIndexedDbCurationStore } from '../../../src/storage/curationStore';

describe('the curation store in IndexedDB', () => {
  it('keeps each article’s whole history, 150 steps included, across store instances (a reload)', async () => {
    let history = startHistory(createEmptyLayer('store-a'));
    for (let n = 1; n <= 150; n++) {
      history = reduceHistory(history, { type: 'commit', layer: { ...createEmptyLayer('store-a'), events: [{ id: 'e1', title: `T${n}` }] }, label: `t${n}` });
    }
    await createIndexedDbCurationStore().save('store-a', history);
    const loaded = await createIndexedDbCurationStore().load('store-a');
    expect(loaded?.past).toHaveLength(150);
    expect(loaded?.present.events).toEqual([{ id: 'e1', title: 'T150' }]);
    expect(await createIndexedDbCurationStore().load('store-b')).toBeNull();
  });

  it('a damaged record reads as no edits instead of breaking the page', async () => {
    const store = createIndexedDbCurationStore();
    await store.save('store-c', startHistory(createEmptyLayer('store-c')));
    const db = await openDB(CURATION_DB_NAME, 1);
    await db.put('curations', { article: 'store-c', history: { past: 'nonsense' } });
    db.close();
    expect(await store.load('store-c')).toBeNull();
  });
});
