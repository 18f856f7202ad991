import { describe, expect, it } from 'vitest';
import { readTypedDate } from '../../../src/curation/readTypedDate';

const PUBLISHED = '2023-04-18';
const read = (typed: string) => {
  const reading = readTypedDate(typed, PUBLISHED);
  return reading.ok ? [reading.date.edtf, reading.precision, reading.label] : reading.message;
};

describe('the date field reads dates as people type them', () => {
  it.each([
    ['Sept 2022', ['2022-09', 'month', 'September 2022']],
    ['2022-09', ['2022-09', 'month', 'September 2022']],
    ['14 March 2023', ['2023-03-14', 'day', '14 March 2023']],
    ['early August 2022 – ongoing', ['2022-08~/..', 'month, approximate, ongoing', 'about August 2022 – ongoing']],
    ['1990s', ['199X', 'decade', 'the 1990s']],
    ['March 2022 – July 2023', ['2022-03/2023-07', 'month, range', 'March 2022 – July 2023']],
    ['about 2019', ['2019~', 'year', 'about 2019'].map((x, i) => (i === 1 ? 'year, approximate' : x))],
    ['last month', ['2023-03', 'month', 'March 2023']],
  ])('reads “%s”', (typed, expected) => {
    expect(read(typed)).toEqual(expected);
  });

  it('says so when it cannot read a date, and that the old one stays', () => {
    expect(read('next-ish')).toBe('“next-ish” could not be read as a date. The date was not changed.');
    expect(read('2022-13')).toBe('“2022-13” could not be read as a date. The date was not changed.');
  });

  it('refuses a range that ends before it starts', () => {
    expect(read('July 2023 – March 2022')).toBe('“July 2023 – March 2022” ends before it starts. The date was not changed.');
  });
});
