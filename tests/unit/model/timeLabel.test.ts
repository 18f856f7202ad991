import { describe, expect, it } from 'vitest';
import {
  formatDistanceFromPublication, formatDuration, formatEventDate, formatEventDateLong, formatTimeValue,
} from '../../../src/model/timeLabel';

const published = '2023-04-18';
const event = (fields: { start: string; end?: string; approximate?: boolean; ongoing?: boolean }) => ({
  approximate: false, approximateEnd: false, ongoing: false, ...fields,
});

describe('formatTimeValue says a date at exactly its precision', () => {
  it.each([
    ['2022-09', 'September 2022'],
    ['2023-04-18', '18 April 2023'],
    ['2023-04-18T21:25', '18 April 2023, 21:25'],
    ['2023-04-18TEV', '18 April 2023, evening'],
    ['2023-W15', 'week 15 of 2023'],
    ['1998-Q3', 'Q3 1998'],
    ['2022-SU', 'summer 2022'],
    ['2022', '2022'],
    ['199', 'the 1990s'],
    ['PRESENT_REF', 'now'],
    ['P2M', '2 months'],
  ])('says %s as "%s"', (value, words) => {
    expect(formatTimeValue(value)).toBe(words);
  });

  it('says early years without their padding', () => {
    expect(formatTimeValue('0001-01-01')).toBe('1 January 1');
    expect(formatTimeValue('0079-08')).toBe('August 79');
  });

  it('says an approximate day as a part of its month, never as the exact day', () => {
    expect(formatTimeValue('2022-08-03', { approximate: true })).toBe('about early August 2022');
    expect(formatTimeValue('2022-08-15', { approximate: true })).toBe('about mid August 2022');
    expect(formatTimeValue('2022-08-28', { approximate: true })).toBe('about late August 2022');
  });
});

describe('formatDuration says a TimeML duration in words', () => {
  it.each([
    ['P8.5M', '8½ months'],
    ['P2M', '2 months'],
    ['P1Y', '1 year'],
    ['PT3H30M', '3 hours 30 minutes'],
    ['PXY', 'years'],
    ['P2DE', '2 decades'],
  ])('says %s as "%s"', (value, words) => {
    expect(formatDuration(value)).toBe(words);
  });
});

describe('event dates in words', () => {
  it('says the Bakhmut battle as an approximate, ongoing range with its length', () => {
    const bakhmut = event({ start: '2022-08-03', end: '2023-04-18', approximate: true, ongoing: true });
    expect(formatEventDate(bakhmut, published)).toBe('about early August 2022 – 18 April 2023, ongoing');
    expect(formatEventDateLong(bakhmut, published)).toBe('about early August 2022 – 18 April 2023, 8½ months, ongoing');
  });

  it('says a range of months within one year compactly', () => {
    expect(formatEventDateLong(event({ start: '2022-03', end: '2022-04' }), published)).toBe('March–April 2022, 2 months');
  });

  it('says a future item with no date as after publication', () => {
    expect(formatEventDate(event({ start: 'FUTURE_REF' }), published)).toBe('after 18 April 2023');
  });
});

describe('formatDistanceFromPublication', () => {
  it.each([
    [{ start: '2022-09' }, '7 months before'],
    [{ start: '2022-05' }, '11 months before'],
    [{ start: '2023-03' }, '1 month before'],
    [{ start: '2023-04-16' }, '2 days before'],
    [{ start: '2023-04-18' }, 'the day of publication'],
    [{ start: '2023-04-18T21:25' }, 'the day of publication'],
    [{ start: '2023-04' }, 'the month of publication'],
    [{ start: '2022-08-03', approximate: true }, 'about 8½ months before'],
    [{ start: '2024' }, '1 year after'],
    [{ start: '2019-10' }, '3½ years before'],
    [{ start: '2020-01' }, '3¼ years before'],
    [{ start: 'FUTURE_REF' }, 'after publication'],
    [{ start: '0001-01-01' }, '2022½ years before'],
    [{ start: '0079' }, '1944 years before'],
  ])('places %o %s', (fields, words) => {
    expect(formatDistanceFromPublication(event(fields), published)).toBe(words);
  });
});
