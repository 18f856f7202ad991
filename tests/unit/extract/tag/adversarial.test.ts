import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/extract/index';

// Hang guards, not benchmarks: each text took from 10 s to minutes when one rule was quadratic; linear work
// finishes in well under a second. The exact figures are printed by `npm run bench`, never asserted here.
const GUARD_MS = 20_000;
const DCT = '2023-04-18';

describe('the tagger stays linear on hostile repetitions', () => {
  it.each([
    ['last '],
    ['next '],
    ['1998 '],
    ['2009-'],
    ['the third fiscal '],
  ])('tags %j × 100,000 without a quarter rule rescanning the run', (unit) => {
    const text = unit.repeat(100_000);
    const timexes = tagTimexes(text, { dct: DCT });
    expect(timexes.every((t) => t.text === text.slice(t.start, t.end))).toBe(true);
  }, GUARD_MS);

  it('reads every date of a sentence made of 20,000 "May 5"s after a dateline', () => {
    const text = `LONDON (AP) — ${'May 5 '.repeat(20_000)}`;
    const timexes = tagTimexes(text, { dct: DCT });
    expect([timexes.length, timexes[0]?.value, timexes.at(-1)?.value]).toEqual([20_000, '2023-05-05', '2023-05-05']);
  }, GUARD_MS);

  it.each([
    ['between 2020 and ', 20_000, '2020'],
    ['two weeks ago ', 20_000, '2023-W14'],
    ['for 8-and-a-half months has been ', 20_000, 'P8.5M'],
  ])('tags %j × %i, one mention per repetition', (unit, n, value) => {
    const timexes = tagTimexes(unit.repeat(n), { dct: DCT });
    expect([timexes.length, timexes[0]?.value]).toEqual([n, value]);
  }, GUARD_MS);

  it.each([
    ['spaces', `a${' '.repeat(500_000)}b`],
    ['line breaks', `${'\n'.repeat(500_000)}May 5`],
    ['digits', '1'.repeat(500_000)],
    ['dashes', '-'.repeat(500_000)],
    ['exclamation marks', `It fell${'!'.repeat(500_000)} Then`],
    ['nested brackets', `${'('.repeat(100_000)}May 2020${')'.repeat(100_000)}`],
  ])('tags half a megabyte of %s', (_name, text) => {
    expect(() => tagTimexes(text, { dct: DCT })).not.toThrow();
  }, GUARD_MS);
});
