import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar } from '../../../src/export/toICalendar';
import { buildDataFile, buildLighthouseFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const summary = (vevent: ICAL.Component) => {
  const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
  const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
  return {
    uid: vevent.getFirstPropertyValue('uid'),
    start: start.toString(),
    end: end.toString(),
    allDay: start.isDate && end.isDate,
    summary: vevent.getFirstPropertyValue('summary'),
    description: vevent.getFirstPropertyValue('description'),
  };
};

describe('iCalendar export', () => {
  it('gives each dated event an all-day VEVENT; a month or a range spans its days with DTEND exclusive', () => {
    const events = parse(toICalendar(buildLighthouseFile())).getAllSubcomponents('vevent').map(summary);
    expect(events).toEqual([
      { uid: 'reopening@lighthouse.dateline', start: '2021-06-10', end: '2021-06-11', allDay: true, summary: 'The lighthouse reopens', description: 'The lighthouse reopened today' },
      { uid: 'lamp-removed@lighthouse.dateline', start: '2018-03-01', end: '2018-04-01', allDay: true, summary: 'The lamp is taken down', description: 'the lamp was taken down for repair' },
      { uid: 'restoration@lighthouse.dateline', start: '2018-03-01', end: '2021-06-11', allDay: true, summary: 'Restoration of the lighthouse', description: 'Work began in March 2018 … a three-year restoration' },
      { uid: 'festival@lighthouse.dateline', start: '2022-06-01', end: '2022-09-01', allDay: true, summary: 'Lighthouse festival', description: 'A festival is planned for next summer' },
    ]);
  });

  it('is the same text on every export (stable UIDs and stamp), with CRLF lines folded to 75 octets', () => {
    const text = toICalendar(buildLighthouseFile());
    expect(toICalendar(buildLighthouseFile())).toBe(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nPRODID:-//Dateline//Dateline timeline export//EN\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('folds long quotes with accents and curly quotes at 75 octets, continuation lines included, and reads them back whole', () => {
    const quote = 'Kyiv’s café owners said the “season” of repairs – the longest yet – ran on and on past the pier’s end';
    const file = buildDataFile({
      ...LIGHTHOUSE,
      paragraphs: [...LIGHTHOUSE.paragraphs, { id: 'p8', kind: 'body', text: `${quote}.` }],
      events: [{ id: 'season', title: 'Season of repairs', start: '2020', granularity: 'year', sources: [{ paragraph: 'p8', text: quote }] }],
    });
    const text = toICalendar(file);
    const lengths = text.split('\r\n').map((line) => new TextEncoder().encode(line).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75);
    expect(parse(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description')).toBe(quote);
  });

  it('runs an ongoing event to the publication day and leaves out a plan with no date', () => {
    const file = buildDataFile({
      ...LIGHTHOUSE,
      events: [
        { id: 'works', title: 'Works go on', start: '2021-05', granularity: 'month', ongoing: true, sources: [{ paragraph: 'p6', text: 'Work began' }] },
        { id: 'someday', title: 'A plan', start: 'FUTURE_REF', granularity: 'day', edtf: '[2021-06-10..]', sources: [{ paragraph: 'p7', text: 'planned' }] },
      ],
    });
    const events = parse(toICalendar(file)).getAllSubcomponents('vevent').map(summary);
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([['works@lighthouse.dateline', '2021-05-01', '2021-06-11']]);
  });
});
