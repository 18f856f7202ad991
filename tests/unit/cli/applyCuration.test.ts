import { describe, expect, it } from 'vitest';
import { applyCuration, CurationSchema } from '../../../src/extract/events/applyCuration';
import type { DataFileInput } from '../../../src/model/dataFile';

const file: DataFileInput = {
  version: 1,
  article: { id: 'a', title: 'A', published: '2024-02-20' },
  paragraphs: [{ id: 'p1', kind: 'body', text: 'Rebels took the city in May after two months of siege.' }],
  mentions: [],
  events: [
    { id: 'rebels-take-city', title: 'Rebels take the city', start: '2023-05', granularity: 'month', approximate: false, category: 'battle', edtf: '2023-05',
      sources: [{ paragraph: 'p1', start: 0, end: 54, text: 'Rebels took the city in May after two months of siege' }] },
    { id: 'two-months-siege', title: 'Two months of siege', start: '2023-03', end: '2023-04', granularity: 'month', approximate: false, category: 'battle', edtf: '2023-03/2023-04',
      sources: [{ paragraph: 'p1', start: 34, end: 54, text: 'two months of siege' }] },
  ],
};

describe('applyCuration', () => {
  it('changes only the title and category of the event named by id or by a whole-source quote', () => {
    const { file: curated, unmatched } = applyCuration(file, CurationSchema.parse({ events: [
      { quote: 'two months of siege', title: 'Siege of the city' },
      { id: 'rebels-take-city', category: 'military' },
    ] }));
    expect(unmatched).toEqual([]);
    expect(curated.events.map((e) => [e.id, e.title, e.category, e.start, e.end, e.sources])).toEqual([
      ['rebels-take-city', 'Rebels take the city', 'military', '2023-05', undefined, file.events[0]!.sources],
      ['two-months-siege', 'Siege of the city', 'battle', '2023-03', '2023-04', file.events[1]!.sources],
    ]);
    expect(file.events[1]!.title).toBe('Two months of siege');
  });
});

describe('applyCuration negative cases', () => {
  it('reports entries that match no event and adds nothing', () => {
    const { file: curated, unmatched } = applyCuration(file, { events: [{ id: 'nothing', title: 'X' }, { quote: 'Kyiv', title: 'Y' }] });
    expect(unmatched).toEqual(['id "nothing"', 'quote "Kyiv"']);
    expect(curated.events).toHaveLength(2);
  });

  it('accepts no entry that adds dates or names no event', () => {
    expect(CurationSchema.safeParse({ events: [{ quote: 'x', start: '2020' }] }).success).toBe(false);
    expect(CurationSchema.safeParse({ events: [{ title: 'x' }] }).success).toBe(false);
    expect(CurationSchema.safeParse({ events: [{ quote: 'x' }] }).success).toBe(false);
  });
});
