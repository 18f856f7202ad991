import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { computeTicks } from '../../../src/timeline/ticks';

const scaleOver = (from: string, to: string, widthPx: number) =>
  scaleUtc().domain([new Date(from), new Date(to)]).range([0, widthPx]);

// Every domain below ends on a tick; that tick's label would start at the right edge, so it is left out.
describe('computeTicks adapts the axis to the zoom level', () => {
  it('counts years across six years at 800 px: "2018" … "2023"', () => {
    const { level, ticks, contextLabel } = computeTicks(scaleOver('2018-01-01', '2024-01-01', 800), 800);
    expect(level).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
    expect(contextLabel).toBe('');
  });

  it('counts months across seven months at 800 px: "Jun 2022" … "Dec 2022"', () => {
    const { level, ticks } = computeTicks(scaleOver('2022-06-01', '2023-01-01', 800), 800);
    expect(level).toBe('month');
    expect(ticks.map((t) => t.label)).toEqual([
      'Jun 2022', 'Jul 2022', 'Aug 2022', 'Sep 2022', 'Oct 2022', 'Nov 2022', 'Dec 2022',
    ]);
  });

  it('counts days across six days at 800 px: "14 Apr" … "19 Apr", with the year beside them', () => {
    const { level, ticks, contextLabel } = computeTicks(scaleOver('2023-04-14', '2023-04-20', 800), 800);
    expect(level).toBe('day');
    expect(ticks.map((t) => t.label)).toEqual(['14 Apr', '15 Apr', '16 Apr', '17 Apr', '18 Apr', '19 Apr']);
    expect(ticks.map((t) => Math.round(t.xPx))).toEqual([0, 133, 267, 400, 533, 667]);
    expect(contextLabel).toBe('2023');
  });

  it('spaces ticks wider on a 390 px phone: every other month', () => {
    const { ticks } = computeTicks(scaleOver('2022-06-01', '2023-01-01', 390), 390);
    expect(ticks.map((t) => t.label)).toEqual(['Jul 2022', 'Sep 2022', 'Nov 2022']);
  });

  it('keeps a label that fits before the edge and leaves out one that would be cut', () => {
    // "Dec 2022" is estimated at 61 px: drawn 4 px right of its tick, it fits in 800 px from x 734.5, not from x 735.5.
    const fits = computeTicks(scaleOver('2022-06-01', '2023-01-01', 800).range([0, 734.5 * 214 / 183]), 800);
    expect(fits.ticks.at(-1)?.label).toBe('Dec 2022');
    const cut = computeTicks(scaleOver('2022-06-01', '2023-01-01', 800).range([0, 735.5 * 214 / 183]), 800);
    expect(cut.ticks.at(-1)?.label).toBe('Nov 2022');
  });

  it('names both years when a day-level view crosses the new year', () => {
    expect(computeTicks(scaleOver('2022-12-29', '2023-01-03', 800), 800).contextLabel).toBe('2022–2023');
  });

  it('does not count a view ending at midnight on 1 January as showing the new year', () => {
    expect(computeTicks(scaleOver('2022-12-26', '2023-01-01', 800), 800).contextLabel).toBe('2022');
  });
});

describe('computeTicks at extreme zoom and at month ends', () => {
  it('ticks on the 1st, 8th, 15th and 22nd across two months, never the 29th next to the 1st', () => {
    const { ticks } = computeTicks(scaleOver('2023-03-01', '2023-05-01', 800), 800);
    expect(ticks.map((t) => t.label)).toEqual(['1 Mar', '8 Mar', '15 Mar', '22 Mar', '1 Apr', '8 Apr', '15 Apr', '22 Apr']);
  });

  it('steps 200 years at a time over two millennia rather than drawing 2,000 year ticks', () => {
    const { level, ticks } = computeTicks(scaleOver('1000-01-01', '3000-01-01', 800), 800);
    expect(level).toBe('year');
    expect(ticks.map((t) => t.label)).toEqual(['1000', '1200', '1400', '1600', '1800', '2000', '2200', '2400', '2600', '2800']);
  });
});
