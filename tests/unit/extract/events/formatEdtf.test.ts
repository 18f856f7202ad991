// @vitest-environment node
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { formatEdtf, toEdtfDate } from '../../../../src/model/edtf';

const event = (start: string, more: Partial<Parameters<typeof formatEdtf>[0]> = {}) =>
  formatEdtf({ start, approximate: false, approximateEnd: false, ongoing: false, ...more }, '2023-04-18');

describe('formatEdtf', () => {
  it('writes a month, a day, a range of months, an approximate ongoing range and a planned item', () => {
    const values = [
      event('2022-09'),
      event('2023-04-18'),
      event('2022-03', { end: '2022-04' }),
      event('2022-08-03', { end: '2023-04-18', approximate: true, ongoing: true }),
      event('FUTURE_REF'),
    ];
    expect(values).toEqual(['2022-09', '2023-04-18', '2022-03/2022-04', '2022-08-03~/..', '[2023-04-18..]']);
    for (const value of values) expect(edtf(value!).toEDTF()).toBe(value);
  });

  it('writes seasons, quarters, halves, decades, centuries, parts of day and weeks as EDTF the package accepts', () => {
    const values = ['2022-SU', '1998-Q3', '2021-H2', '199', '19', '2023-04-18TMO', '2023-04-18T21:25', '2023-W15'].map(toEdtfDate);
    expect(values).toEqual(['2022-22', '1998-35', '2021-41', '199X', '19XX', '2023-04-18', '2023-04-18T21:25', '2023-04-10/2023-04-16']);
    for (const value of values) expect(() => edtf(value!)).not.toThrow();
  });

  it('marks an approximate end and an approximate week', () => {
    expect([event('2022-03', { end: '2022-05', approximateEnd: true }), event('2023-W15', { approximate: true })]).toEqual(['2022-03/2022-05~', '2023-04-10~/2023-04-16~']);
  });
});

describe('formatEdtf negative cases', () => {
  it('gives null for values that name no date', () => {
    expect([toEdtfDate('P2M'), toEdtfDate('XXXX-05'), toEdtfDate('PRESENT_REF'), event('P2M')]).toEqual([null, null, null, null]);
  });
});
