import { describe, expect, it } from 'vitest';
import {
  addDays, countDaysInMonth, diffMonths, getIsoWeekday, startOfIsoWeekOfYear, toDayStartMs, toUtcDay, toUtcMs,
} from '../../../src/model/calendar';

const iso = (ms: number) => new Date(ms).toISOString();

describe('the calendar turns dates into milliseconds without the two-digit-year rule', () => {
  it('puts 1 January of year 1 in year 1, not in 1901', () => {
    expect(iso(toUtcMs(1, 1, 1))).toBe('0001-01-01T00:00:00.000Z');
    expect(iso(toDayStartMs({ y: 99, m: 12, d: 31 }))).toBe('0099-12-31T00:00:00.000Z');
  });

  it('lets months and days run over into the next year', () => {
    expect(iso(toUtcMs(2022, 13, 1))).toBe('2023-01-01T00:00:00.000Z');
    expect(iso(toUtcMs(50, 3, 0, 21, 25))).toBe('0050-02-28T21:25:00.000Z');
  });

  it('runs over the same way on both sides of year 100', () => {
    expect(iso(toUtcMs(100, 0, 1))).toBe('0099-12-01T00:00:00.000Z');
    expect(iso(toUtcMs(99, 13, 0, 24))).toBe('0100-01-01T00:00:00.000Z');
    expect(iso(toUtcMs(100, 1, 1, 0, 0, -1))).toBe('0099-12-31T23:59:59.000Z');
  });

  it('reads an instant back as its UTC day, early years included', () => {
    expect(toUtcDay(toUtcMs(7, 5, 9, 23, 59))).toEqual({ y: 7, m: 5, d: 9 });
  });

  it('counts 29 days in February of year 0 and of 2024, 28 in 1900 and in year 100', () => {
    expect([countDaysInMonth(0, 2), countDaysInMonth(2024, 2), countDaysInMonth(1900, 2), countDaysInMonth(100, 2)]).toEqual([29, 29, 28, 28]);
  });

  it('names the weekday of early dates by the proleptic Gregorian calendar (1 January of year 1 was a Monday)', () => {
    expect(getIsoWeekday({ y: 1, m: 1, d: 1 })).toBe(1);
    expect(addDays({ y: 99, m: 12, d: 31 }, 1)).toEqual({ y: 100, m: 1, d: 1 });
  });

  it('finds the Monday that starts an ISO week', () => {
    expect(startOfIsoWeekOfYear(2020, 1)).toEqual({ y: 2019, m: 12, d: 30 });
    expect(startOfIsoWeekOfYear(2023, 15)).toEqual({ y: 2023, m: 4, d: 10 });
  });

  it('counts whole months between two days', () => {
    expect(diffMonths({ y: 2022, m: 9, d: 30 }, { y: 2023, m: 4, d: 1 })).toBe(7);
  });
});
