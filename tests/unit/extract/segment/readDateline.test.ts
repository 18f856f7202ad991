import { describe, expect, it } from 'vitest';
import { findWrittenDay, readDateline } from '../../../../src/extract/segment/readDateline';

describe('readDateline', () => {
  it('reads the date and section of " date 2023-04-18 World"', () => {
    expect(readDateline(' date 2023-04-18 World')).toEqual({ published: '2023-04-18', section: 'World' });
  });

  it('reads a time of day as printed from "9:25pm"', () => {
    expect(readDateline('9:25pm')).toEqual({ time: '9:25pm' });
  });

  it('reads "Published April 18, 2023 9:25 p.m. | US News"', () => {
    expect(readDateline('Published April 18, 2023 9:25 p.m. | US News')).toEqual({ published: '2023-04-18', time: '9:25 p.m.', section: 'US News' });
  });

  it('reads a wire dateline "ISTANBUL (AP) — February 20, 2023": the date, and the wire service as credit', () => {
    expect(readDateline('ISTANBUL (AP) — February 20, 2023')).toEqual({ published: '2023-02-20', credit: 'AP' });
    expect(readDateline('KYIV, Ukraine (Reuters) - March 3, 2024')).toEqual({ published: '2024-03-03', credit: 'Reuters' });
  });

  it('reads a stamp with a time-zone offset, "Updated 10:02 AM GMT+1, March 3, 2024"', () => {
    expect(readDateline('Updated 10:02 AM GMT+1, March 3, 2024')).toEqual({ published: '2024-03-03', time: '10:02 AM' });
  });

  it('does not take the start of a wire story for a dateline', () => {
    expect(readDateline('ISTANBUL (AP) — Rescue teams in southern Turkey ended most search operations on Feb. 19, 2023.')).toBeUndefined();
  });

  it('reads "Tuesday 18 April 2023" with no section', () => {
    expect(readDateline('Tuesday 18 April 2023')).toEqual({ published: '2023-04-18' });
  });
});

describe('findWrittenDay', () => {
  it('finds an ISO day, a day-month-year and a month-day-year', () => {
    expect(findWrittenDay('x 2023-04-18 y')?.day).toBe('2023-04-18');
    expect(findWrittenDay('18 Apr 2023')?.day).toBe('2023-04-18');
    expect(findWrittenDay('Sept. 3, 2022')?.day).toBe('2022-09-03');
  });
});

describe('readDateline negative cases', () => {
  it('does not take a sentence that contains a date for a dateline', () => {
    expect(readDateline('Russia annexed four regions on 2022-09-30.')).toBeUndefined();
  });

  it('does not take a headline with a time-like number for a dateline', () => {
    expect(readDateline('Putin visits troops in occupied Ukraine at 9pm as talks stall')).toBeUndefined();
  });

  it('rejects days that do not exist', () => {
    expect(readDateline('2023-02-30')).toBeUndefined();
    expect(findWrittenDay('31 April 2023')).toBeUndefined();
  });

  it('rejects a line without any date or time', () => {
    expect(readDateline('World')).toBeUndefined();
  });
});
