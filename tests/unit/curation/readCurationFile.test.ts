import { describe, expect, it } from 'vitest';
import { applyCurationLayer } from '../../../src/curation/applyCurationLayer';
import { readCurationFile } from '../../../src/curation/readCurationFile';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

const extracted = buildLighthouseFile();

describe('reading curation files of both versions', () => {
  it('upgrades version 1 (the seed’s format): entries by quote or id are pinned to their events', () => {
    const { layer, unmatched } = readCurationFile({
      events: [
        { quote: 'festival is planned', title: 'Summer festival' },
        { id: 'reopening', category: 'visit' },
        { quote: 'a regatta', title: 'Regatta' },
      ],
    }, extracted);
    expect(layer).toEqual({
      version: 2,
      article: 'lighthouse',
      events: [
        { id: 'festival', quote: 'festival is planned', title: 'Summer festival' },
        { id: 'reopening', quote: 'The lighthouse reopened today', category: 'visit' },
      ],
      added: [],
    });
    expect(unmatched).toEqual(['quote "a regatta"']);
    expect(applyCurationLayer(extracted, layer).file.events.map((e) => [e.title, e.category])).toEqual([
      ['The lighthouse reopens', 'visit'],
      ['The lamp is taken down', 'other'],
      ['Restoration of the lighthouse', 'military'],
      ['Summer festival', 'holiday'],
    ]);
  });

  it('reads version 2 as it is, and names the path of a wrong field', () => {
    const layer = { version: 2, article: 'lighthouse', events: [{ id: 'festival', deleted: true }], added: [] };
    expect(readCurationFile(layer, extracted).layer).toEqual(layer);
    expect(() => readCurationFile({ ...layer, events: [{ id: 'festival', category: 'sports' }] }, extracted))
      .toThrow(/^the curation file does not match version 2: events\[0\]\.category: /);
    expect(() => readCurationFile({ version: 3 }, extracted)).toThrow('unknown curation version 3: this build reads versions 1 and 2');
  });
});
