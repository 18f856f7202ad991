import ICAL from 'ical.js';
import type { DataFile } from '../model/dataFile';
import { getCategoryStyle } from '../timeline/categoryStyle';
import { eventDaysOf } from './eventDays';
import { QUOTE_SEPARATOR } from './toCsv';

const dateValue = (isoDay: string) => ICAL.Time.fromDateString(isoDay);

/** A UID that stays the same on every export of the same event, so calendars update instead of duplicating. */
export function eventUid(articleId: string, eventId: string): string {
  return `${eventId}@${articleId}.dateline`;
}

/**
 * The dated events as an RFC 5545 calendar: one all-day VEVENT each, a month or a range as a multi-day span (DTEND
 * exclusive), DESCRIPTION = the source words, CATEGORIES = the category; ical.js writes CRLF lines, folded so no line
 * passes 75 octets. DTSTAMP is the publication day, so the same article always exports the same bytes.
 */
export function toICalendar(file: DataFile): string {
  const { article } = file;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Dateline//Dateline timeline export//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', article.title);
  const stamp = ICAL.Time.fromDateTimeString(`${article.published}T00:00:00Z`);
  for (const event of file.events) {
    const days = eventDaysOf(event, article.published);
    if (!days) continue;
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', eventUid(article.id, event.id));
    vevent.addPropertyWithValue('dtstamp', stamp);
    vevent.addPropertyWithValue('dtstart', dateValue(days.first));
    vevent.addPropertyWithValue('dtend', dateValue(days.afterLast));
    vevent.addPropertyWithValue('summary', event.title);
    vevent.addPropertyWithValue('description', event.sources.map((s) => s.text).join(QUOTE_SEPARATOR));
    vevent.addPropertyWithValue('categories', getCategoryStyle(event.category).label);
    calendar.addSubcomponent(vevent);
  }
  // ical.js folds at 75 octets before the leading space of a continuation line, making it 76; RFC 5545 says 75 in all.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}
