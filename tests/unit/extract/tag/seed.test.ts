import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/extract/index';

/** The lines of the seed article (data/) that carry its temporal expressions, kept verbatim and in order. */
const SEED = [
  ' date 2023-04-18 World',
  'Vladimir Putin visits Russian troops in occupied Ukraine',
  '',
  '9:25pm',
  'Russian President Vladimir Putin visited the headquarters of Russian troops fighting in Ukraine today, his second trip to the Russian-held territories there since March.',
  'In both locations, Putin congratulated the military on Orthodox Easter and presented them with icons.',
  'Russia annexed the Kherson and Luhansk regions along with the Donetsk and Zaporizhzhia regions in September in a move that was rejected by much of the world as illegal.',
  'The trip marked a second visit by the Russian leader to the areas that Russia occupied in Ukraine in as many months.',
  'Last month, Putin visited the Russian-held Sea of Azov port city of Mariupol, which was captured by Russian troops in May after two months of fierce fighting.',
  "Russia's war in Ukraine has turned into a stalemate amid heavy fighting in the country's east, particularly around the town of Bakhmut, which for 8-and-a-half months has been the stage for the war's longest and bloodiest fight.",
  'He expressed confidence that Ukraine will be able to return all its occupied territories.',
].join('\n\n');

const tagged = tagTimexes(SEED, { dct: '2023-04-18' });
const summary = tagged.map((t) => [t.text, t.type, t.value]);

describe('tagTimexes on the seed article (published 2023-04-18)', () => {
  it('finds exactly the seed mentions, in order, with their TimeML values', () => {
    expect(summary).toEqual([
      ['2023-04-18', 'DATE', '2023-04-18'],
      ['9:25pm', 'TIME', '2023-04-18T21:25'],
      ['today', 'DATE', '2023-04-18'],
      ['March', 'DATE', '2023-03'],
      ['Orthodox Easter', 'DATE', '2023-04-16'],
      ['September', 'DATE', '2022-09'],
      ['Last month', 'DATE', '2023-03'],
      ['May', 'DATE', '2022-05'],
      ['two months', 'DURATION', 'P2M'],
      ['8-and-a-half months', 'DURATION', 'P8.5M'],
    ]);
  });

  it('does not tag "in as many months" as a duration', () => {
    expect(tagged.some((t) => /many/.test(t.text))).toBe(false);
  });

  it('keeps each span equal to its quote', () => {
    for (const t of tagged) expect(SEED.slice(t.start, t.end)).toBe(t.text);
  });

  it('explains "in May" step by step: month without year, publication date, past tense, result', () => {
    const may = tagged.find((t) => t.text === 'May');
    expect(may?.trace).toEqual([
      '"May" names month 5, no year',
      'published 2023-04-18',
      'past tense → the latest one before it',
      '→ 2022-05',
    ]);
  });

  it('explains Orthodox Easter as the latest one on or before publication', () => {
    const easter = tagged.find((t) => t.text === 'Orthodox Easter');
    expect(easter?.trace.at(-1)).toBe('→ 2023-04-16');
    expect(easter?.trace).toContain('published 2023-04-18');
  });

  it('anchors "two months" to the May it ended in and "8-and-a-half months" to publication', () => {
    const anchors = tagged.filter((t) => t.type === 'DURATION').map((t) => [t.text, t.anchor]);
    expect(anchors).toEqual([['two months', '2022-05'], ['8-and-a-half months', '2023-04-18']]);
  });
});
