import { describe, expect, it } from 'vitest';
import { applyCurationAction } from '../../../src/curation/curationActions';
import { applyCurationLayer } from '../../../src/curation/applyCurationLayer';
import { createEmptyLayer, type CurationLayer } from '../../../src/model/curation';
import type { TimelineEvent } from '../../../src/model/dataFile';
import { buildLighthouseFile, LIGHTHOUSE, locateSpan } from '../../fixtures/dataFileBuilder';

const extracted = buildLighthouseFile();
const run = (...actions: Parameters<typeof applyCurationAction>[1][]) =>
  actions.reduce<CurationLayer>((layer, action) => applyCurationAction(layer, action, extracted), createEmptyLayer('lighthouse'));
const curatedEvent = (layer: CurationLayer, id: string) => applyCurationLayer(extracted, layer).file.events.find((e) => e.id === id);

describe('hand edits as a curation layer', () => {
  it('a new title is kept with the quote that finds the event again, and shows over the extracted one', () => {
    const layer = run({ type: 'set-title', eventId: 'festival', title: '  Summer lighthouse festival ' });
    expect(layer.events).toEqual([{ id: 'festival', quote: 'A festival is planned for next summer', title: 'Summer lighthouse festival' }]);
    const curated = applyCurationLayer(extracted, layer);
    expect(curated.file.events.find((e) => e.id === 'festival')?.title).toBe('Summer lighthouse festival');
    expect(curated.extractedById.get('festival')?.title).toBe('Lighthouse festival');
  });

  it('typing the extracted value back leaves no edit at all', () => {
    const layer = run({ type: 'set-title', eventId: 'festival', title: 'Fair' }, { type: 'set-title', eventId: 'festival', title: 'Lighthouse festival' });
    expect(layer.events).toEqual([]);
  });

  it('a date edit changes start, end, precision and EDTF and says the date was set by hand', () => {
    const layer = run({
      type: 'set-date', eventId: 'lamp-removed',
      date: { start: '2018-03-12', granularity: 'day', approximate: false, approximateEnd: false, ongoing: false, edtf: '2018-03-12' },
    });
    const event = curatedEvent(layer, 'lamp-removed')!;
    expect([event.start, event.end, event.granularity, event.edtf]).toEqual(['2018-03-12', undefined, 'day', '2018-03-12']);
    expect(event.why).toEqual(['date set by hand (extracted: 2018-03)']);
  });

  it('a date edit to a single month drops the extracted end of a range', () => {
    const layer = run({
      type: 'edit-fields', eventId: 'restoration', category: 'other',
      date: { start: '2019', granularity: 'year', approximate: true, approximateEnd: false, ongoing: false, edtf: '2019~' },
    });
    const event = curatedEvent(layer, 'restoration')!;
    expect([event.start, event.end, event.granularity, event.approximate, event.category]).toEqual(['2019', undefined, 'year', true, 'other']);
  });

  it('deleting hides the event; resetting it brings it back as extracted', () => {
    const deleted = run({ type: 'delete', eventId: 'festival' });
    expect(curatedEvent(deleted, 'festival')).toBeUndefined();
    const reset = applyCurationAction(deleted, { type: 'reset-event', eventId: 'festival' }, extracted);
    expect(curatedEvent(reset, 'festival')).toEqual(extracted.events.find((e) => e.id === 'festival'));
  });

  it('merging keeps one title and combines the sources of both events', () => {
    const layer = run({ type: 'merge', keepId: 'restoration', mergeId: 'lamp-removed' });
    const file = applyCurationLayer(extracted, layer).file;
    expect(file.events.map((e) => e.id)).toEqual(['reopening', 'restoration', 'festival']);
    expect(file.events[1]!.title).toBe('Restoration of the lighthouse');
    expect(file.events[1]!.sources.map((s) => s.text)).toEqual(['Work began in March 2018', 'a three-year restoration', 'the lamp was taken down for repair']);
  });

  it('resetting the kept event of a merge brings the merged one back too', () => {
    const merged = run({ type: 'merge', keepId: 'restoration', mergeId: 'lamp-removed' }, { type: 'reset-event', eventId: 'restoration' });
    expect(applyCurationLayer(extracted, merged).file.events.map((e) => e.id)).toEqual(extracted.events.map((e) => e.id));
  });

  it('an added event keeps its own source words; editing and deleting it change the added list', () => {
    const added: TimelineEvent = {
      id: 'added-1', title: 'Lamp taken down', start: '2018-03', granularity: 'month', approximate: false, approximateEnd: false,
      ongoing: false, category: 'other', edtf: '2018-03', mentions: ['m-march'], why: [],
      sources: [locateSpan(LIGHTHOUSE.paragraphs, { paragraph: 'p6', text: 'the lamp was taken down' })],
    };
    const layer = run({ type: 'add', event: added }, { type: 'set-title', eventId: 'added-1', title: 'The lamp comes down' });
    expect(layer.added.map((e) => e.title)).toEqual(['The lamp comes down']);
    expect(applyCurationLayer(extracted, layer).addedIds).toEqual(new Set(['added-1']));
    expect(applyCurationAction(layer, { type: 'delete', eventId: 'added-1' }, extracted).added).toEqual([]);
  });

  it('a new source replaces the extracted words', () => {
    const source = { paragraph: 'p6', start: 0, end: 10, text: 'Work began' };
    const event = curatedEvent(run({ type: 'set-sources', eventId: 'restoration', sources: [source] }), 'restoration')!;
    expect(event.sources).toEqual([source]);
  });

  it('resetting the article removes every edit and every added event', () => {
    const layer = run({ type: 'delete', eventId: 'festival' }, { type: 'set-category', eventId: 'reopening', category: 'visit' }, { type: 'reset-all' });
    expect(layer).toEqual(createEmptyLayer('lighthouse'));
  });

  it('forgets the edits it is told no longer apply, and only those', () => {
    const layer = run({ type: 'delete', eventId: 'festival' }, { type: 'set-category', eventId: 'reopening', category: 'visit' });
    expect(applyCurationAction(layer, { type: 'discard-edits', eventIds: ['festival'] }, extracted).events.map((e) => e.id)).toEqual(['reopening']);
  });
});
