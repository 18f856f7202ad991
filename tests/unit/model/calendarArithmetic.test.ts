import { describe, expect, it } from 'vitest';
import {
  addDays, addDuration, addQuarters, addYears, compareDays, countDaysInMonth, findNthWeekdayOfMonth, formatDay, getIsoWeek, getIsoWeekday,
  isLeapYear, isRealDay, startOfIsoWeek, startOfIsoWeekOfYear,
} from '../../../src/model/calendar';

describe('the calendar counts years 0–99 as themselves, not as 1900–1999', () => {
  it('knows that year 0 and 2000 are leap years and 1900 and 0100 are not', () => {
    expect([0, 4, 100, 1900, 2000, 2024].map(isLeapYear)).toEqual([true, true, false, false, true, true]);
    expect([countDaysInMonth(4, 2), countDaysInMonth(1900, 2), countDaysInMonth(2023, 4)]).toEqual([29, 28, 30]);
    expect(isRealDay({ y: 4, m: 2, d: 29 })).toBe(true);
  });

  it('puts 1 January of AD 1 on a Monday and counts across the year 99', () => {
    expect(getIsoWeekday({ y: 1, m: 1, d: 1 })).toBe(1);
    expect(formatDay(addDays({ y: 99, m: 12, d: 31 }, 1))).toBe('0100-01-01');
  });
});

describe('calendar arithmetic the tagger shares', () => {
  it('moves by years keeping 29 February inside the month', () => {
    expect([addYears({ y: 2024, m: 2, d: 29 }, 1), addYears({ y: 2024, m: 2, d: 29 }, 4)]).toEqual([{ y: 2025, m: 2, d: 28 }, { y: 2028, m: 2, d: 29 }]);
  });

  it('orders days', () => {
    expect([compareDays({ y: 2023, m: 4, d: 18 }, { y: 2023, m: 5, d: 1 }) < 0, compareDays({ y: 2023, m: 4, d: 18 }, { y: 2023, m: 4, d: 18 })]).toEqual([true, 0]);
  });

  it('finds the Monday of an ISO week, by day and by week number', () => {
    expect(startOfIsoWeek({ y: 2023, m: 4, d: 16 })).toEqual({ y: 2023, m: 4, d: 10 });
    expect(startOfIsoWeekOfYear(2021, 1)).toEqual({ y: 2021, m: 1, d: 4 });
    expect(startOfIsoWeekOfYear(2020, 53)).toEqual({ y: 2020, m: 12, d: 28 });
    expect(getIsoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ y: 2020, w: 53 });
  });

  it('finds the fourth Thursday of November and the last Monday of May', () => {
    expect(findNthWeekdayOfMonth(2023, 11, 4, 4)).toEqual({ y: 2023, m: 11, d: 23 });
    expect(findNthWeekdayOfMonth(2023, 5, 1, -1)).toEqual({ y: 2023, m: 5, d: 29 });
    expect(findNthWeekdayOfMonth(2023, 12, 7, -1)).toEqual({ y: 2023, m: 12, d: 31 });
  });

  it('moves by quarters across years', () => {
    expect([addQuarters(2023, 4, 1), addQuarters(2023, 1, -1), addQuarters(2023, 2, 0)]).toEqual([{ y: 2024, q: 1 }, { y: 2022, q: 4 }, { y: 2023, q: 2 }]);
  });
});

describe('calendar arithmetic the events stage uses for durations', () => {
  it('moves a day by whole months on the calendar and by a fraction of a month in 30-day months', () => {
    expect(formatDay(addDuration({ y: 2023, m: 4, d: 18 }, { amount: 8.5, unit: 'M' }, -1))).toBe('2022-08-03');
    expect(formatDay(addDuration({ y: 2023, m: 3, d: 31 }, { amount: 1, unit: 'M' }, -1))).toBe('2023-02-28');
  });

  it('moves a day by weeks, and by a year from 29 February to 28 February', () => {
    expect(formatDay(addDuration({ y: 2024, m: 2, d: 20 }, { amount: 3, unit: 'W' }, -1))).toBe('2024-01-30');
    expect(formatDay(addDuration({ y: 2024, m: 2, d: 29 }, { amount: 1, unit: 'Y' }, 1))).toBe('2025-02-28');
  });
});
