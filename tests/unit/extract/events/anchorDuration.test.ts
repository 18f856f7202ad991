import { describe, expect, it } from 'vitest';
import { anchorDuration, type DurationContext } from '../../../../src/extract/events/anchorDuration';
import { readDuration, shiftDay, shiftMonthValue } from '../../../../src/extract/events/shiftDate';

const context = (clause: string, quote: string, value: string, anchorValue?: string): DurationContext => {
  const at = clause.indexOf(quote);
  return {
    value, text: quote, before: clause.slice(0, at), after: clause.slice(at + quote.length), perfect: /\bha(?:s|ve) been\b/.test(clause), published: '2023-04-18',
    ...(anchorValue ? { anchorValue } : {}),
  };
};

describe('shiftDay', () => {
  it('puts 8.5 months before 2023-04-18 on 2022-08-03', () => {
    expect(shiftDay('2023-04-18', { amount: 8.5, unit: 'M' }, -1)).toBe('2022-08-03');
  });

  it('keeps the last day of a shorter month (31 March − 1 month → 28 February)', () => {
    expect(shiftDay('2023-03-31', { amount: 1, unit: 'M' }, -1)).toBe('2023-02-28');
  });

  it('counts weeks and years', () => {
    expect([shiftDay('2024-02-20', { amount: 3, unit: 'W' }, -1), shiftDay('2024-02-29', { amount: 1, unit: 'Y' }, 1)]).toEqual(['2024-01-30', '2025-02-28']);
  });

  it('moves month values across a year end', () => {
    expect(shiftMonthValue('2022-01', -2)).toBe('2021-11');
  });
});

describe('anchorDuration', () => {
  it('makes "which for 8-and-a-half months has been" run from about 2022-08-03 to publication, ongoing', () => {
    const range = anchorDuration(context('which for 8-and-a-half months has been the stage', '8-and-a-half months', 'P8.5M'));
    expect(range).toMatchObject({ start: '2022-08-03', end: '2023-04-18', granularity: 'day', approximate: true, ongoing: true });
  });

  it('makes "after two months of fierce fighting" beside May 2022 the months 2022-03 to 2022-04', () => {
    const range = anchorDuration(context('which was captured in May after two months of fierce fighting', 'two months', 'P2M', '2022-05'));
    expect(range).toMatchObject({ start: '2022-03', end: '2022-04', granularity: 'month', approximate: false, ongoing: false });
  });

  it('counts "after ten days of talks" back from a dated day', () => {
    const range = anchorDuration(context('The deal was signed on 2023-03-11 after ten days of talks', 'ten days', 'P10D', '2023-03-11'));
    expect(range).toMatchObject({ start: '2023-03-01', end: '2023-03-10', granularity: 'day', approximate: true });
  });

  it('ends "over the past two weeks" at publication without calling it ongoing', () => {
    const range = anchorDuration(context('Prices rose over the past two weeks', 'two weeks', 'P2W'));
    expect(range).toMatchObject({ start: '2023-04-04', end: '2023-04-18', ongoing: false });
  });
});

describe('anchorDuration negative cases', () => {
  it('anchors no plain duration ("a sentence of two years")', () => {
    expect(anchorDuration(context('He got a sentence of two years', 'two years', 'P2Y'))).toBeNull();
  });

  it('anchors no "for N units" in the simple past ("fought for two days")', () => {
    expect(anchorDuration(context('They fought for two days', 'two days', 'P2D'))).toBeNull();
  });

  it('anchors no "after N units of" without a dated event in its clause', () => {
    expect(anchorDuration(context('The town fell after two months of fighting', 'two months', 'P2M'))).toBeNull();
  });

  it('reads no mixed, vague or sub-day durations', () => {
    expect([readDuration('P1Y6M'), readDuration('PXM'), readDuration('PT3H'), readDuration('P0D')]).toEqual([null, null, null, null]);
  });
});
