import { describe, expect, it } from 'vitest';
import { parseDurationDays, parseTimeValue } from '../../../src/model/timeValue';
import { toEventSpan } from '../../../src/model/eventSpan';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseTimeValue reads a TimeML value at its own precision', () => {
  it('reads "2022-09" as the whole of September 2022, not its first day', () => {
    const span = parseTimeValue('2022-09');
    expect(span?.granularity).toBe('month');
    expect(iso(span!.startMs)).toBe('2022-09-01T00:00:00.000Z');
    expect(iso(span!.endMs)).toBe('2022-10-01T00:00:00.000Z');
  });

  it('reads "2023-04-18" as one day', () => {
    const span = parseTimeValue('2023-04-18')!;
    expect([iso(span.startMs), iso(span.endMs), span.granularity]).toEqual(['2023-04-18T00:00:00.000Z', '2023-04-19T00:00:00.000Z', 'day']);
  });

  it('reads a time of day to the minute, ignoring MEANTIME\'s trailing Z', () => {
    const span = parseTimeValue('2023-04-18T21:25Z')!;
    expect([iso(span.startMs), span.granularity]).toEqual(['2023-04-18T21:25:00.000Z', 'time']);
  });

  it('reads ISO weeks, quarters, seasons, parts of day, years, decades and centuries', () => {
    const read = (v: string) => {
      const s = parseTimeValue(v)!;
      return `${iso(s.startMs).slice(0, 13)}..${iso(s.endMs).slice(0, 13)} ${s.granularity}`;
    };
    expect(read('2023-W15')).toBe('2023-04-10T00..2023-04-17T00 week');
    expect(read('2020-W01')).toBe('2019-12-30T00..2020-01-06T00 week');
    expect(read('1998-Q3')).toBe('1998-07-01T00..1998-10-01T00 quarter');
    expect(read('2022-SU')).toBe('2022-06-01T00..2022-09-01T00 season');
    expect(read('2022-WI')).toBe('2022-12-01T00..2023-03-01T00 season');
    expect(read('2023-04-18TMO')).toBe('2023-04-18T06..2023-04-18T12 part-of-day');
    expect(read('2022')).toBe('2022-01-01T00..2023-01-01T00 year');
    expect(read('199')).toBe('1990-01-01T00..2000-01-01T00 decade');
    expect(read('19')).toBe('1900-01-01T00..2000-01-01T00 century');
  });

  it('reads years 0–99 as those years, not as 1900–1999', () => {
    expect(iso(parseTimeValue('0001-01-01')!.startMs)).toBe('0001-01-01T00:00:00.000Z');
    expect(iso(parseTimeValue('0079-08')!.endMs)).toBe('0079-09-01T00:00:00.000Z');
    expect(iso(parseTimeValue('0044')!.startMs)).toBe('0044-01-01T00:00:00.000Z');
    expect(iso(parseTimeValue('0004-W01')!.startMs)).toBe('0003-12-29T00:00:00.000Z');
    expect(iso(parseTimeValue('000')!.endMs)).toBe('0010-01-01T00:00:00.000Z');
  });

  it('resolves PRESENT_REF to the reference day and nothing without one', () => {
    expect(parseTimeValue('PRESENT_REF', '2023-04-18')?.granularity).toBe('day');
    expect(parseTimeValue('PRESENT_REF')).toBeNull();
  });

  it('names no position for durations, placeholders, references and impossible dates', () => {
    for (const value of ['P2M', 'XXXX-05', 'PAST_REF', 'FUTURE_REF', '2023-02-30', '2022-13', '2023-W54', '', 'garbage']) {
      expect(parseTimeValue(value), value).toBeNull();
    }
  });
});

describe('parseDurationDays reads a duration as an approximate number of days', () => {
  it('reads months, half months, weeks and hours', () => {
    expect(parseDurationDays('P2M')).toBeCloseTo(60.875);
    expect(parseDurationDays('P8.5M')).toBeCloseTo(258.72, 1);
    expect(parseDurationDays('P3W')).toBe(21);
    expect(parseDurationDays('PT12H')).toBe(0.5);
  });

  it('gives no number for unspecified or malformed durations', () => {
    expect(parseDurationDays('PXY')).toBeNull();
    expect(parseDurationDays('P')).toBeNull();
    expect(parseDurationDays('2M')).toBeNull();
  });
});

describe('toEventSpan places an event against the publication day', () => {
  const base = { ongoing: false };
  it('draws a month-level event across its whole month', () => {
    const span = toEventSpan({ ...base, start: '2022-09' }, '2023-04-18')!;
    expect([iso(span.startMs), iso(span.endMs), span.isRange]).toEqual(['2022-09-01T00:00:00.000Z', '2022-10-01T00:00:00.000Z', false]);
  });

  it('runs a range from its start to the end of its end value and keeps it open when ongoing', () => {
    const span = toEventSpan({ start: '2022-08-03', end: '2023-04-18', ongoing: true }, '2023-04-18')!;
    expect([iso(span.startMs), iso(span.endMs), span.isRange, span.openEnd]).toEqual([
      '2022-08-03T00:00:00.000Z', '2023-04-19T00:00:00.000Z', true, true,
    ]);
  });

  it('starts a FUTURE_REF item on the publication day with an open end', () => {
    const span = toEventSpan({ ...base, start: 'FUTURE_REF' }, '2023-04-18')!;
    expect([iso(span.startMs), span.future, span.openEnd]).toEqual(['2023-04-18T00:00:00.000Z', true, true]);
  });

  it('cannot place an event whose start names no position in time', () => {
    expect(toEventSpan({ ...base, start: 'XXXX-05' }, '2023-04-18')).toBeNull();
  });
});
