import { describe, expect, it } from 'vitest';
import { findEventsInParagraphs } from '../../../src/article/findEventsInParagraphs';
import { mapMentionsToEvents } from '../../../src/article/mapMentionsToEvents';
import { buildDataFile, buildLighthouseFile } from '../../fixtures/dataFileBuilder';

describe('mapMentionsToEvents', () => {
  it('maps each mention to the event it dates', () => {
    const file = buildLighthouseFile();
    expect(Object.fromEntries(mapMentionsToEvents(file.events, file.article.published))).toEqual({
      'm-today': 'reopening',
      'm-march': 'lamp-removed',
      'm-three-years': 'restoration',
      'm-summer': 'festival',
    });
  });

  it('gives a shared mention to the event that comes first in time, not first in the file', () => {
    const file = buildDataFile({
      paragraphs: [{ id: 'p1', kind: 'body', text: 'Since 2019 the town has argued, and in May 2020 it voted.' }],
      mentions: [{ id: 'm1', paragraph: 'p1', text: '2019', value: '2019' }],
      events: [
        { id: 'vote', title: 'Vote', start: '2020-05', granularity: 'month', sources: [{ paragraph: 'p1', text: 'it voted' }], mentions: ['m1'] },
        { id: 'argument', title: 'Argument', start: '2019', granularity: 'year', sources: [{ paragraph: 'p1', text: 'argued' }], mentions: ['m1'] },
      ],
    });
    expect(mapMentionsToEvents(file.events, file.article.published).get('m1')).toBe('argument');
  });

  it('gives a shared mention to the event it dates, before an event it only helps to place', () => {
    const file = buildDataFile({
      paragraphs: [{ id: 'p1', kind: 'body', text: 'The city fell in May after two months of fighting.' }],
      mentions: [
        { id: 'm-may', paragraph: 'p1', text: 'May', value: '2022-05' },
        { id: 'm-two-months', paragraph: 'p1', text: 'two months', type: 'DURATION', value: 'P2M' },
      ],
      events: [
        { id: 'fighting', title: 'Fighting', start: '2022-03', end: '2022-04', granularity: 'month', sources: [{ paragraph: 'p1', text: 'two months of fighting' }], mentions: ['m-two-months', 'm-may'] },
        { id: 'fall', title: 'Fall', start: '2022-05', granularity: 'month', sources: [{ paragraph: 'p1', text: 'The city fell in May' }], mentions: ['m-may'] },
      ],
    });
    const byMention = mapMentionsToEvents(file.events, file.article.published);
    expect(byMention.get('m-may')).toBe('fall');
    expect(byMention.get('m-two-months')).toBe('fighting');
  });

  it('puts events with no position in time after dated ones', () => {
    const file = buildDataFile({
      paragraphs: [{ id: 'p1', kind: 'body', text: 'Once, long ago, and in 2020.' }],
      mentions: [{ id: 'm1', paragraph: 'p1', text: 'long ago', value: 'PAST_REF' }],
      events: [
        { id: 'vague', title: 'Vague', start: 'PAST_REF', granularity: 'year', sources: [{ paragraph: 'p1', text: 'long ago' }], mentions: ['m1'] },
        { id: 'dated', title: 'Dated', start: '2020', granularity: 'year', sources: [{ paragraph: 'p1', text: 'in 2020' }], mentions: ['m1'] },
      ],
    });
    expect(mapMentionsToEvents(file.events, file.article.published).get('m1')).toBe('dated');
  });
});

describe('findEventsInParagraphs', () => {
  it('finds every event with a source in the given paragraphs', () => {
    const file = buildLighthouseFile();
    expect([...findEventsInParagraphs(file.events, new Set(['p5']))]).toEqual(['reopening', 'restoration']);
    expect([...findEventsInParagraphs(file.events, new Set(['p6', 'p7']))]).toEqual(['lamp-removed', 'restoration', 'festival']);
  });

  it('finds nothing when no paragraph is in view', () => {
    expect(findEventsInParagraphs(buildLighthouseFile().events, new Set()).size).toBe(0);
  });
});
