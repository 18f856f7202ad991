import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTimelineFile } from '../../../src/export/importTimelineFile';
import { toDatelineJson } from '../../../src/export/toDatelineJson';
import { toTimelineJsJson } from '../../../src/export/toTimelineJs';
import type { DataFile, Granularity } from '../../../src/model/dataFile';
import { formatEdtf } from '../../../src/model/edtf';
import { buildDataFile, type EventSpec } from '../../fixtures/dataFileBuilder';

// Words with the characters exports must escape: markup, ampersands, quotes, commas, accents, emoji.
const WORDS = ['Putin', 'visits', 'the', 'front', '<b>bold</b>', 'R&D', '"quoted"', 'Kyiv’s', 'café', 'a,b', '😀', 'x;y', 'Ünïcode', '—'];
const wordsArb = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(' '));

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), precision: fc.constantFrom<Granularity>('year', 'month', 'day') })
  .map(({ year, month, day, precision }) => ({
    value: precision === 'year' ? String(year) : precision === 'month' ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`,
    precision,
  }));

const eventArb = fc.record({
  title: wordsArb(1, 6),
  start: dateArb,
  laterYears: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  approximate: fc.boolean(),
  ongoing: fc.boolean(),
  category: fc.constantFrom('battle', 'military', 'visit', 'political', 'holiday', 'other' as const),
  quoteWords: wordsArb(1, 8),
});

const PUBLISHED = '2023-04-18';
const fileArb = fc.record({ title: wordsArb(1, 8), events: fc.array(eventArb, { maxLength: 8 }) }).map(({ title, events }): DataFile => {
  const paragraphs = [{ id: 'p1', kind: 'headline' as const, text: title }, ...events.map((e, i) => ({ id: `p${i + 2}`, kind: 'body' as const, text: `${e.quoteWords} said the editor.` }))];
  const specs = events.map((e, i): EventSpec => {
    // An end year after the start's, at the start's precision.
    const end = e.laterYears === undefined ? undefined : `${Number(e.start.value.slice(0, 4)) + e.laterYears}${e.start.value.slice(4)}`;
    const dates = { start: e.start.value, ...(end ? { end } : {}), approximate: e.approximate, approximateEnd: false, ongoing: e.ongoing };
    return {
      id: `event-${i + 1}`, title: e.title, ...dates, granularity: e.start.precision, category: e.category,
      edtf: formatEdtf(dates, PUBLISHED)!, sources: [{ paragraph: `p${i + 2}`, text: e.quoteWords }],
    };
  });
  return buildDataFile({ article: { id: 'generated', title, published: PUBLISHED }, paragraphs, events: specs });
});

const essentials = (file: DataFile) => file.events.map((e) => ({
  title: e.title, start: e.start, end: e.end, granularity: e.granularity, approximate: e.approximate, ongoing: e.ongoing,
  category: e.category, edtf: e.edtf, quotes: e.sources.map((s) => s.text),
}));

describe('export → import gives the same events, titles, dates and sources', () => {
  it('the Dateline data file comes back identical', () => {
    fc.assert(fc.property(fileArb, (file) => {
      expect(importTimelineFile(toDatelineJson(file), 'story.dateline.json')).toEqual(file);
    }), { numRuns: 200, seed: 20230418 });
  });

  it('a TimelineJS3 file comes back with the same events, dates at their precision, categories and quotes', () => {
    fc.assert(fc.property(fileArb, (file) => {
      const back = importTimelineFile(toTimelineJsJson(file), 'story.timelinejs.json');
      expect(back.article).toMatchObject({ id: 'generated', title: file.article.title, published: PUBLISHED });
      expect(back.events.map((e) => e.id)).toEqual(file.events.map((e) => e.id));
      expect(essentials(back)).toEqual(essentials(file));
    }), { numRuns: 200, seed: 20230418 });
  });
});
