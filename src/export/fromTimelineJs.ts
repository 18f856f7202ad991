import { formatDay, formatMonth, isRealDay, padYear } from '../model/calendar';
import { slugify } from '../extract/segment/slugify';
import { DATA_FILE_VERSION, type Category, type DataFileInput, type Granularity, type Paragraph, type TimelineEvent } from '../model/dataFile';
import { formatEdtf } from '../model/edtf';
import { parseTimeValue } from '../model/timeValue';
import { CATEGORIES, getCategoryStyle } from '../timeline/categoryStyle';
import { htmlToText, readBlockquotes } from './htmlText';
import type { TimelineJs, TimelineJsDate } from './timelineJsSchema';

/** A TimelineJS file that is well-formed JSON of the right shape but says something impossible (31 February). */
export class TimelineJsContentError extends Error {
  override name = 'TimelineJsContentError';
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

/** A TimelineJS date as a TimeML value at the precision it gives: {year: 2022, month: 9} → "2022-09". */
function toTimeValue(date: TimelineJsDate, path: string): { value: string; granularity: Granularity } {
  const year = Number(date.year);
  const month = date.month === undefined || date.month === '' ? null : Number(date.month);
  const day = date.day === undefined || date.day === '' ? null : Number(date.day);
  if (year < 0 || year > 9999) throw new TimelineJsContentError(`${path}.year`, `year ${year} is outside 0–9999`);
  if (month === null) return { value: padYear(year), granularity: 'year' };
  if (month < 1 || month > 12) throw new TimelineJsContentError(`${path}.month`, `month ${month} is not 1–12`);
  if (day === null) return { value: formatMonth(year, month), granularity: 'month' };
  if (!isRealDay({ y: year, m: month, d: day })) throw new TimelineJsContentError(`${path}.day`, `${year}-${month}-${day} is not a real day`);
  return { value: formatDay({ y: year, m: month, d: day }), granularity: 'day' };
}

const APPROXIMATE = /\b(?:about|around|circa|approximately)\b|~/i;

function categoryOf(group: string | undefined): Category {
  const wanted = group?.trim().toLowerCase();
  return CATEGORIES.find((c) => c === wanted || getCategoryStyle(c).label.toLowerCase() === wanted) ?? 'other';
}

function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * A TimelineJS3 timeline as a Dateline data file: each slide's text (or its <blockquote>s, as Dateline writes them)
 * becomes a paragraph and the event's source; dates keep the precision the slide gives; `display_date` says whether a
 * date is approximate ("about …") or still going on ("…, ongoing"); `group` names the category.
 */
export function fromTimelineJs(timeline: TimelineJs, fileName: string): DataFileInput {
  const titleText = timeline.title?.text;
  const headline = htmlToText(titleText?.headline ?? '') || fileName.replace(/\.[^.]*$/, '');
  const paragraphs: Paragraph[] = [{ id: 'p1', kind: 'headline', text: headline }];
  const eventIds = new Set<string>();
  const events: TimelineEvent[] = [];
  let latestDay: string | null = null;
  const published = /<time[^>]*datetime="(\d{4}-\d{2}-\d{2})"/.exec(titleText?.text ?? '')?.[1] ?? null;
  timeline.events.forEach((slide, index) => {
    const path = `events[${index}]`;
    const start = toTimeValue(slide.start_date, `${path}.start_date`);
    const end = slide.end_date ? toTimeValue(slide.end_date, `${path}.end_date`) : null;
    const startSpan = parseTimeValue(start.value);
    const endSpan = end ? parseTimeValue(end.value) : null;
    if (end && startSpan && endSpan && endSpan.endMs <= startSpan.startMs) {
      throw new TimelineJsContentError(`${path}.end_date`, `ends (${end.value}) before it starts (${start.value})`);
    }
    const title = htmlToText(slide.text?.headline ?? '') || `Event ${index + 1}`;
    const body = slide.text?.text ?? '';
    const quotes = readBlockquotes(body) ?? [htmlToText(body) || title];
    const sources = quotes.map((quote) => {
      const paragraph: Paragraph = { id: `p${paragraphs.length + 1}`, kind: 'body', text: quote };
      paragraphs.push(paragraph);
      return { paragraph: paragraph.id, start: 0, end: quote.length, text: quote };
    });
    const [displayStart = '', displayEnd = ''] = (slide.display_date ?? '').split(' – ');
    const ongoing = /\bongoing\b/i.test(slide.display_date ?? '');
    const dates = {
      start: start.value,
      ...(end && end.value !== start.value ? { end: end.value } : {}),
      approximate: APPROXIMATE.test(displayStart),
      approximateEnd: APPROXIMATE.test(displayEnd),
      ongoing,
    };
    // Without a publication date, the last day the timeline names stands in for it ("ongoing" runs up to it).
    const lastMs = (endSpan ?? startSpan)?.endMs;
    if (lastMs !== undefined) {
      const day = new Date(lastMs - 1).toISOString().slice(0, 10);
      if (!latestDay || day > latestDay) latestDay = day;
    }
    events.push({
      id: uniqueId(slugify(slide.unique_id ?? title, `event-${index + 1}`), eventIds),
      title,
      ...dates,
      granularity: start.granularity,
      category: categoryOf(slide.group),
      edtf: '',
      sources,
      mentions: [],
      why: ['imported from TimelineJS'],
    });
  });
  const publishedDay = published ?? latestDay ?? '2000-01-01';
  return {
    version: DATA_FILE_VERSION,
    generator: `imported from TimelineJS (${fileName})`,
    article: { id: slugify(timeline.title?.unique_id ?? headline, 'imported'), title: headline, published: publishedDay },
    paragraphs,
    mentions: [],
    events: events.map((event) => ({ ...event, edtf: formatEdtf(event, publishedDay) ?? event.start })),
  };
}
