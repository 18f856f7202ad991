import { isRealDay, formatDay, formatMonth } from '../../../model/calendar.ts';
import { isCapitalised, isSentenceStart, readWordAfter, readWordBefore } from '../context.ts';
import { makeDraft, MODIFIER_RE } from '../draft.ts';
import { lookUpMonth, lookUpWeekday, MONTH_NAMES, MONTH_RE, WEEKDAY_RE } from '../lexicon.ts';
import { resolveDayOfMonth, resolveMonth, resolveMonthOfYear, resolveShiftedMonth } from '../resolveHelpers.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(
  `\\b(?:(${WEEKDAY_RE}),? )?(?:(last|this|next|coming) )?(?:(${MODIFIER_RE})[- ](?:of )?)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?: of)? )?` +
    `(${MONTH_RE})(?![a-z])(?:\\.?,? ?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d))?(?:,? (?:of )?(1\\d{3}|20\\d{2})(?![\\d])|,? (?:of )?(this|last|next) year\\b)?`,
  'gi',
);

const SECOND_DAY_AFTER = /^(\s*(?:and|or|-|–)\s*)(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$))/;
const SHARED_YEAR_AFTER = new RegExp(`^\\s*(?:and|or|to|through|until|-|–)\\s+(?:early |late |mid-?)?${MONTH_RE}(?![a-z])\\.?,?\\s+(1\\d{3}|20\\d{2})(?!\\d)`, 'i');

/** Words after which a bare "May"/"March" is a month (not the modal verb, the verb or a name). */
const MONTH_CUES = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'of', 'last', 'next',
  'this', 'early', 'late', 'mid', 'before', 'after', 'between', 'and', 'or', 'that', 'each', 'every', 'on', 'around',
  'throughout', 'mid-', 'in-', 'late-', 'early-', 'end', 'beginning', 'start', 'middle', 'for', 'as', 'at']);
const AMBIGUOUS = new Set(['may', 'march']);
/** Capitalised words that may stand before a month without making it part of a name. */
const FUNCTION_WORDS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'of', 'last',
  'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'between', 'and', 'or', 'on', 'the', 'each', 'every', 'by']);

function isNameLike(text: string, start: number, end: number, monthWord: string): boolean {
  const before = readWordBefore(text, start);
  const after = readWordAfter(text, end);
  if (/^ [A-Z]/.test(text.slice(end, end + 2)) && !/^[A-Z]{2,}$/.test(after) && lookUpMonth(after) === null) return true;
  if (isCapitalised(before) && !FUNCTION_WORDS.has(before.toLowerCase()) && !isSentenceStart(text, start - before.length)
    && !/[,.]$/.test(text.slice(start - 2, start).trim())) return true;
  if (AMBIGUOUS.has(monthWord.toLowerCase())) {
    const cue = before.toLowerCase().replace(/-$/, '');
    return !MONTH_CUES.has(cue) && !MONTH_CUES.has(before.toLowerCase());
  }
  return false;
}

function extract(match: RegExpExecArray, text: string): Draft | Draft[] | null {
  const [, weekdayWord, shiftWord, modifier, dayBefore, monthWord = '', dayAfter, yearText, relativeYear] = match;
  const month = lookUpMonth(monthWord);
  if (month === null) return null;
  const start = match.index;
  const end = start + match[0].length;
  const ambiguous = AMBIGUOUS.has(monthWord.toLowerCase());
  if (ambiguous && !isCapitalised(monthWord)) return null;
  const dayText = dayBefore ?? dayAfter;
  const bare = dayText === undefined && yearText === undefined && relativeYear === undefined;
  if (bare && shiftWord) return makeDraft(match, 'monthDate', 'DATE', { deictic: true, resolve: (ctx) => resolveShiftedMonth(ctx, month, shiftWord.toLowerCase()) });
  if (bare && !modifier && monthWord.length <= 4 && !/^(?:may|june|july)$/i.test(monthWord)) return null;
  if (bare && !modifier && isNameLike(text, start, end, monthWord)) return null;
  if (bare && modifier && ambiguous && !isCapitalised(monthWord)) return null;
  const trace = [`"${match[0]}" names ${MONTH_NAMES[month]}${dayText ? ` ${dayText}` : ''}${yearText ? ` ${yearText}` : ''}`];
  if (yearText !== undefined) {
    const y = Number(yearText);
    if (dayText !== undefined) {
      const day = { y, m: month, d: Number(dayText) };
      if (!isRealDay(day)) return null;
      return makeDraft(match, 'monthDate', 'DATE', { value: formatDay(day), trace, absolute: true });
    }
    return makeDraft(match, 'monthDate', 'DATE', { value: formatMonth(y, month), trace, absolute: true });
  }
  if (relativeYear !== undefined) {
    const shift = { this: 0, last: -1, next: 1 }[relativeYear.toLowerCase() as 'this'] ?? 0;
    return makeDraft(match, 'monthDate', 'DATE', { trace, deictic: true, resolve: (ctx) => resolveMonthOfYear(ctx, month, shift, dayText) });
  }
  if (dayText !== undefined) {
    const d = Number(dayText);
    if (d < 1 || d > 31) return null;
    // "Saturday, April 25": the weekday tells the year.
    const weekday = weekdayWord === undefined ? undefined : lookUpWeekday(weekdayWord) ?? undefined;
    const first = makeDraft(match, 'monthDate', 'DATE', { trace, resolve: (ctx) => resolveDayOfMonth(ctx, month, d, weekday) });
    return dayAfter === undefined ? first : [first, ...findSecondDay(text, end, month)];
  }
  // "July and August 1943", "between March and May 2024": the year written after the pair covers both months.
  const shared = SHARED_YEAR_AFTER.exec(text.slice(end, end + 40));
  if (shared?.[1]) {
    const value = formatMonth(Number(shared[1]), month);
    return makeDraft(match, 'monthDate', 'DATE', { value, absolute: true, trace: [...trace, `the year ${shared[1]} follows the next month`, `→ ${value}`] });
  }
  return makeDraft(match, 'monthDate', 'DATE', { trace: [], resolve: (ctx) => resolveMonth(ctx, month) });
}

/** "April 24 and 25": the second day of a pair shares the month (and the year) of the first. */
function findSecondDay(text: string, end: number, month: number): Draft[] {
  const m = SECOND_DAY_AFTER.exec(text.slice(end, end + 16));
  if (!m?.[1] || !m[2]) return [];
  const d2 = Number(m[2]);
  if (d2 < 1 || d2 > 31) return [];
  const start = end + m[1].length;
  return [{
    start, end: start + m[2].length, type: 'DATE', parser: 'monthDate',
    trace: [`"${m[2]}" shares the month ${MONTH_NAMES[month]} of the day before it`],
    resolve: (ctx) => resolveDayOfMonth(ctx, month, d2),
  }];
}

/** "Oct. 12, 2005", "12 October 2005", "October 2005", "Friday, Oct. 12", "early May", "May" (a month). */
export const monthDateParser: Parser = { name: 'monthDate', pattern: PATTERN, extract };
