import type { DataFile, TimelineEvent } from '../model/dataFile';
import { formatEventDate, formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';
import { getCategoryStyle } from '../timeline/categoryStyle';
import type { TimelineJs, TimelineJsDate, TimelineJsSlide } from './timelineJsSchema';

/** TimelineJS text is HTML: quotes are escaped so they show literally. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A TimeML value as a TimelineJS date at its own precision: "2022-09" → {year: 2022, month: 9}. Values TimelineJS
 * cannot say (a season, a quarter, a decade) give the first or last day/month/year of their span, and `exact` false.
 */
function toTimelineJsDate(value: string, edge: 'start' | 'end', published: string): { date: TimelineJsDate; exact: boolean } | null {
  let m: RegExpMatchArray | null;
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/))) {
    const date: TimelineJsDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (m[4]) Object.assign(date, { hour: Number(m[4]), minute: Number(m[5]) });
    return { date, exact: !/T[A-Z]/.test(value) };
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) return { date: { year: Number(m[1]), month: Number(m[2]) }, exact: true };
  if ((m = value.match(/^(\d{4})$/))) return { date: { year: Number(m[1]) }, exact: true };
  const span = parseTimeValue(value, published);
  if (!span) return null;
  const at = new Date(edge === 'start' ? span.startMs : span.endMs - 1);
  const [year, month, day] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
  if (span.granularity === 'week') return { date: { year, month, day }, exact: false };
  if (span.granularity === 'decade' || span.granularity === 'century') return { date: { year }, exact: false };
  return { date: { year, month }, exact: false };
}

function toSlide(event: TimelineEvent, published: string): TimelineJsSlide | null {
  const start = toTimelineJsDate(event.start, 'start', published);
  if (!start) return null;
  const end = event.end && event.end !== event.start ? toTimelineJsDate(event.end, 'end', published) : null;
  const needsDisplay = event.approximate || event.approximateEnd || event.ongoing || !start.exact || (end !== null && !end.exact);
  return {
    start_date: start.date,
    ...(end ? { end_date: end.date } : {}),
    ...(needsDisplay ? { display_date: formatEventDate(event, published) } : {}),
    text: {
      headline: escapeHtml(event.title),
      text: event.sources.map((s) => `<blockquote>${escapeHtml(s.text)}</blockquote>`).join(''),
    },
    group: getCategoryStyle(event.category).label,
    unique_id: event.id,
  };
}

/**
 * The timeline in TimelineJS3's JSON format, ready to publish: one slide per dated event at its own precision, the
 * source words as its text, the category as its group, and a title slide from the article. Events with no position
 * in time (a plan with no date yet) are left out: TimelineJS needs a start date.
 */
export function toTimelineJs(file: DataFile): TimelineJs {
  const { article } = file;
  const byline = [article.credit, `<time datetime="${article.published}">${escapeHtml(formatTimeValue(article.published))}</time>`]
    .filter(Boolean)
    .join(' · ');
  return {
    title: { text: { headline: escapeHtml(article.title), text: `<p>${byline}</p>` }, unique_id: article.id },
    events: file.events.flatMap((event) => toSlide(event, article.published) ?? []),
    scale: 'human',
  };
}

/** The TimelineJS3 file as text. */
export function toTimelineJsJson(file: DataFile): string {
  return `${JSON.stringify(toTimelineJs(file), null, 2)}\n`;
}
