import { describe, expect, it } from 'vitest';
import { applyCurationLayer } from '../../../src/curation/applyCurationLayer';
import { applyCurationAction } from '../../../src/curation/curationActions';
import { CURATION_VERSION, type CurationLayer } from '../../../src/model/curation';
import { buildDataFile, buildLighthouseFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

const layer: CurationLayer = {
  version: CURATION_VERSION,
  article: 'lighthouse',
  events: [
    { id: 'festival', quote: 'A festival is planned for next summer', title: 'Summer festival' },
    { id: 'lamp-removed', quote: 'the lamp was taken down for repair', deleted: true },
  ],
  added: [],
};

describe('re-extraction under hand edits', () => {
  it('an unedited layer gives back the extracted file itself', () => {
    const extracted = buildLighthouseFile();
    expect(applyCurationLayer(extracted, { ...layer, events: [] }).file).toBe(extracted);
  });

  it('edits follow their words when a new extraction renumbers the events', () => {
    const renumbered = buildDataFile({
      ...LIGHTHOUSE,
      events: LIGHTHOUSE.events!.map((e) => ({ ...e, id: `new-${e.id}` })),
    });
    const curated = applyCurationLayer(renumbered, layer);
    expect(curated.stale).toEqual([]);
    expect(curated.file.events.map((e) => [e.id, e.title])).toEqual([
      ['new-reopening', 'The lighthouse reopens'],
      ['new-restoration', 'Restoration of the lighthouse'],
      ['new-festival', 'Summer festival'],
    ]);
  });

  it('edits whose words are gone are listed as no longer applying, and the rest still apply', () => {
    const rewritten = buildDataFile({
      ...LIGHTHOUSE,
      paragraphs: LIGHTHOUSE.paragraphs.map((p) => (p.id === 'p7' ? { ...p, text: 'A fair is planned for next summer.' } : p)),
      mentions: [],
      events: LIGHTHOUSE.events!
        .filter((e) => e.id !== 'festival')
        .map((e) => ({ ...e, mentions: [] })),
    });
    const curated = applyCurationLayer(rewritten, layer);
    expect(curated.stale).toEqual([{
      eventId: 'festival',
      description: 'title “Summer festival” of event festival (“A festival is planned for next summer”)',
      reason: 'its event is no longer found in the article',
    }]);
    expect(curated.file.events.map((e) => e.id)).toEqual(['reopening', 'restoration']);
  });
});

describe('editing again after a re-extraction renumbered the events', () => {
  it('the new edit joins the old one under the new id instead of hiding it', () => {
    const renumbered = buildDataFile({ ...LIGHTHOUSE, events: LIGHTHOUSE.events!.map((e) => ({ ...e, id: `new-${e.id}` })) });
    const next = applyCurationAction(layer, { type: 'set-category', eventId: 'new-festival', category: 'other' }, renumbered);
    expect(next.events).toEqual([
      { id: 'lamp-removed', quote: 'the lamp was taken down for repair', deleted: true },
      { id: 'new-festival', quote: 'A festival is planned for next summer', title: 'Summer festival', category: 'other' },
    ]);
    expect(applyCurationAction(next, { type: 'reset-event', eventId: 'new-festival' }, renumbered).events).toEqual([
      { id: 'lamp-removed', quote: 'the lamp was taken down for repair', deleted: true },
    ]);
  });
});
