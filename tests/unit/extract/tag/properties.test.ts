import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isWellFormedTimexValue, ReferenceDateError, tagTimexes, type Timex } from '../../../../src/extract/index';
import { monthDateParser } from '../../../../src/extract/tag/parsers/monthDate';

/** Words and fragments that drive every parser, so random texts hit real rules and their edges. */
const FRAGMENTS = ['May', 'march', 'March', 'Friday', 'today', 'last', 'next', 'week', 'month', 'year', 'years', 'ago',
  'the', 'in', 'since', 'by', 'until', 'quarter', 'third', 'fiscal', '1998', '2023-04-18', '9:25pm', '12:15 UTC', 'noon',
  'Orthodox Easter', 'Christmas', 'two', 'a', 'half', '8-and-a-half', 'months', 'daily', 'every', 'now', 'recently',
  'the future', "'90s", '1990s', '20th century', 'summer', 'fall', 'early', 'late', 'mid-', 'Oct.', '12', '31', ',', '.',
  '\n', '  ', '$', '%', '-', '/', ':', 'will', 'was', 'said', 'Theresa', 'Sunday Times', 'a.m.', 'p.m.', 'that day',
  'the next day', 'year-ago', 'period', 'weekend', '\u00a0', '\u2019', '😀', '\u0301'];

function checkInvariants(text: string, timexes: Timex[]): void {
  let lastEnd = 0;
  for (const t of timexes) {
    expect(t.start).toBeGreaterThanOrEqual(lastEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(isWellFormedTimexValue(t.value)).toBe(true);
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
    expect(Array.isArray(t.trace)).toBe(true);
    lastEnd = t.end;
  }
}

const dctArb = fc.oneof(
  fc.constant(null),
  fc.constant('2023-04-18'),
  fc.date({ min: new Date('1600-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Tags and checks the contract; an impossible reference date must be refused, never half-used. */
function tagAndCheck(text: string, dct: string | null, narrative?: boolean): void {
  checkInvariants(text, tagTimexes(text, narrative === undefined ? { dct } : { dct, narrative }));
}
const wordSoupArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 3000 }).map(String)), { maxLength: 40 })
  .chain((words) => fc.constantFrom(' ', '', '-', ', ').map((sep) => words.join(sep)));

describe('tagTimexes never breaks its contract', () => {
  it('holds on 4,000 arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), dctArb, fc.boolean(), (text, dct, narrative) => {
      tagAndCheck(text, dct, narrative);
    }), { numRuns: 4000, seed: 20230418 });
  });

  it('holds on 5,000 adversarial word soups built from temporal vocabulary', () => {
    fc.assert(fc.property(wordSoupArb, dctArb, fc.boolean(), (text, dct, narrative) => {
      tagAndCheck(text, dct, narrative);
    }), { numRuns: 5000, seed: 42 });
  });

  it('holds on 1,000 long repetitive strings that could trigger regex backtracking', () => {
    const unit = fc.constantFrom('a ', 'the ', '1', ' ', '-', 'year ', 'and a half ', 'May ', 'last ', ':', '.', 'Friday ');
    fc.assert(fc.property(unit, fc.integer({ min: 1, max: 400 }), fc.string({ maxLength: 8 }), (u, n, tail) => {
      const text = u.repeat(n) + tail;
      checkInvariants(text, tagTimexes(text, { dct: '2023-04-18' }));
    }), { numRuns: 1000, seed: 7 });
  });
});

describe('tagTimexes on hostile input', () => {
  it('returns [] for an empty text and for non-string input instead of throwing', () => {
    expect(tagTimexes('', { dct: '2023-04-18' })).toEqual([]);
    expect(tagTimexes(undefined as unknown as string, { dct: '2023-04-18' })).toEqual([]);
  });

  it('uses X placeholders when there is no publication date', () => {
    expect(tagTimexes('It rained yesterday.', { dct: null }).map((t) => t.value)).toEqual(['XXXX-XX-XX']);
  });

  it.each([
    ['soon', 'it is not written YYYY-MM-DD'],
    ['2023-13-45', 'there is no month 13'],
    ['0000-00-00', 'there is no year 0000'],
    ['0000-01-01', 'there is no year 0000'],
    ['2023-02-30', '2023-02 has no day 30 (it has 28 days)'],
    ['2023-02-29', '2023-02 has no day 29 (it has 28 days)'],
  ])('refuses the impossible reference date %s: %s', (dct, why) => {
    expect(() => tagTimexes('It rained yesterday.', { dct })).toThrow(new ReferenceDateError(`the reference date "${dct}" is not a real calendar date: ${why}`));
  });

  it('resolves against a real reference date in the first century', () => {
    expect(tagTimexes('It rained yesterday.', { dct: '0044-03-15' }).map((t) => t.value)).toEqual(['0044-03-14']);
    expect(tagTimexes('It rained yesterday.', { dct: '2024-02-29' }).map((t) => t.value)).toEqual(['2024-02-28']);
  });

  it('tags a 5 MB paste to the end', () => {
    const paragraph = 'The committee met again on Friday to discuss the budget, the new roads and the schools in the northern '
      + 'districts, where residents have complained about the state of the bridges for two months, and it said that '
      + 'a decision would follow once the engineers had finished their report on the damage from the storms. ';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const timexes = tagTimexes(text, { dct: '2023-04-18' });
    // "Friday" and "two months" in each paragraph.
    expect(timexes.length).toBe(2 * Math.ceil(5_000_000 / paragraph.length));
    expect(timexes.at(-1)?.text).toBe('two months');
  }, 60_000);
});

describe('a rule that throws', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reaches the caller instead of leaving the text silently without dates', () => {
    vi.spyOn(monthDateParser, 'extract').mockImplementation(() => {
      throw new Error('monthDate rule bug');
    });
    expect(() => tagTimexes('The city fell in May.', { dct: '2023-04-18' })).toThrow('monthDate rule bug');
  });

  it('fails the contract check the property tests run', () => {
    vi.spyOn(monthDateParser, 'extract').mockImplementation(() => {
      throw new Error('monthDate rule bug');
    });
    expect(() => fc.assert(fc.property(wordSoupArb, (text) => tagAndCheck(`${text} in May`, '2023-04-18')), { numRuns: 20, seed: 1 }))
      .toThrow(/Property failed after 1 tests/);
  });
});
