import { formatDay, isRealDay } from '../../model/calendar.ts';
import { lookUpMonth, MONTH_RE } from '../tag/lexicon.ts';

/** What a dateline line says: publication day, time of day as printed, section. */
export interface DatelineFacts {
  /** YYYY-MM-DD */
  published?: string;
  /** As printed ("9:25pm"). */
  time?: string;
  section?: string;
  /** The wire service of a wire dateline ("ISTANBUL (AP) —" → "AP"). */
  credit?: string;
}

const MONTH_WORD = `(${MONTH_RE})`;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const CLOCK_TIME = /\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?[ap]\.?m\.?(?![a-z])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/i;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?/gi;
// Words that label a stamp rather than name a section.
const LABEL_WORDS = new Set(['date', 'dated', 'published', 'updated', 'posted', 'last', 'on', 'at', 'time', 'edt', 'est', 'gmt', 'utc', 'bst', 'cet']);
// "ISTANBUL (AP) —", "KYIV, Ukraine (Reuters) -": a place in capitals, then the wire service in brackets.
const WIRE_CREDIT = /^\s*(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*)*)?\s*)?\((AP|AFP|Reuters|UPI|dpa|Bloomberg|CNN|BBC|PA|ANSA|EFE|Xinhua|Kyodo|Yonhap)\)/u;
const TIME_ZONE_OFFSET = /\b(?:GMT|UTC)\s?[-+−]\s?\d{1,2}(?::?\d\d)?\b/gi;
const MAX_DATELINE_WORDS = 10;
const MAX_SECTION_WORDS = 3;

function toIsoDay(year: number, month: number, day: number): string | undefined {
  const date = { y: year, m: month, d: day };
  return isRealDay(date) ? formatDay(date) : undefined;
}

const monthNumber = (word: string) => lookUpMonth(word) ?? 0;

/** Finds a calendar day written out in full (ISO, "18 April 2023", "April 18, 2023"); returns it and its match. */
export function findWrittenDay(text: string): { day: string; match: string } | undefined {
  let m = ISO_DAY.exec(text);
  if (m) {
    const day = toIsoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return { day, match: m[0] };
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const day = toIsoDay(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
    if (day) return { day, match: m[0] };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const day = toIsoDay(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
    if (day) return { day, match: m[0] };
  }
  return undefined;
}

/**
 * Reads a line as a dateline: a short stamp made of a date and/or a time of day, optionally with a label
 * ("Published", "date") and a section name of up to three capitalised words. Returns undefined for any other line,
 * so prose that merely contains a date is never taken for a dateline.
 */
export function readDateline(line: string): DatelineFacts | undefined {
  const words = line.trim().split(/\s+/);
  if (words.length > MAX_DATELINE_WORDS || /[.!?]["”']?$/.test(line.trim()) && !/[ap]\.m\.$/i.test(line.trim())) return undefined;
  const written = findWrittenDay(line);
  const time = CLOCK_TIME.exec(line)?.[0];
  if (!written && !time) return undefined;
  const wire = WIRE_CREDIT.exec(line);
  let rest = wire ? line.replace(wire[0], ' ') : line;
  rest = rest.replace(TIME_ZONE_OFFSET, ' ');
  if (written) rest = rest.replace(written.match, ' ');
  if (time) rest = rest.replace(time, ' ');
  rest = rest.replace(WEEKDAY, ' ').replace(/[|•·,:–—-]/g, ' ');
  const leftover = rest.split(/\s+/).filter((w) => w !== '' && !LABEL_WORDS.has(w.toLowerCase()));
  if (leftover.length > MAX_SECTION_WORDS) return undefined;
  if (!leftover.every((w) => /^[A-Z&][\p{L}&'-]*$/u.test(w))) return undefined;
  const facts: DatelineFacts = {};
  if (written) facts.published = written.day;
  if (time) facts.time = time.trim();
  if (leftover.length > 0) facts.section = leftover.join(' ');
  if (wire) facts.credit = wire[1];
  return facts;
}

// The dateline that opens a wire story's first paragraph: "PORTVILLE, March 3 (Wire) -", "LONDON, Jan. 5 —",
// "ALBANY, N.Y., Jan. 5 —", "Paris, 5 March 2024:". A place (and region) and a comma before the date; after it an
// optional agency in brackets and the dash or colon the story starts from. The place is required, so a sentence
// that merely starts with a date ("March 3 was the day …") is no dateline.
const LEAD_PLACE = /^[A-Z][\p{L}.'-]*(?:\s[A-Z][\p{L}.'-]*){0,3}(?:,\s?[A-Z][\p{L}.'-]*(?:\s[A-Z][\p{L}.'-]*){0,2})?,\s?$/u;
const LEAD_AGENCY_DASH = /^,?\s?(?:\([^()]{1,30}\)\s?)?[-–—:]\s/u;
const MAX_LEAD_PLACE_CHARS = 60;

/**
 * Whether the date at [start, end) of a paragraph is the date of the dateline that opens it: the day the story was
 * filed, which tells when nothing in the story happened. The date itself is the tagger's mention, so every form the
 * tagger reads ("March 3", "Jan. 5", "5 March 2024") is a dateline's date here.
 */
export function isLeadDatelineDate(paragraphText: string, start: number, end: number): boolean {
  if (start > MAX_LEAD_PLACE_CHARS) return false;
  return LEAD_PLACE.test(paragraphText.slice(0, start)) && LEAD_AGENCY_DASH.test(paragraphText.slice(end, end + 40));
}

// The dash or colon a wire story starts from, and the words of the dateline before it (place, region, date, agency).
const LEAD_SEPARATOR = /\s?(?:--|[-–—:])\s/u;
const LEAD_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’-]*,?|\([^()]{1,30}\))$/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}.'’-]+,?$/u;
const MAX_LEAD_WORDS = 8;

/**
 * The length of the dateline that opens a wire story's first paragraph ("KHERSON, Ukraine (AP) — ", "LONDON -- ",
 * "PORTVILLE, March 3 (Wire) - ", "Paris, 5 March 2024: "), or 0. Only capitalised words, numbers and a bracketed
 * agency stand before the dash; the place is in capitals, or an agency or a date follows it, so a sentence that
 * starts with a name ("Obama - who …") keeps its words.
 */
export function measureLeadDateline(text: string): number {
  const separator = LEAD_SEPARATOR.exec(text.slice(0, MAX_LEAD_PLACE_CHARS + 20));
  if (!separator || separator.index === 0) return 0;
  const words = text.slice(0, separator.index).trim().split(/\s+/);
  if (words.length > MAX_LEAD_WORDS || !words.every((word) => LEAD_WORD.test(word))) return 0;
  const marked = CAPITALS_WORD.test(words[0]!) || words.some((word) => word.startsWith('(') || /\d/.test(word));
  return marked ? separator.index + separator[0].length : 0;
}

/**
 * The day written in full in the dateline that opens a story's first paragraph ("BRISTOL, England, June 12, 2025 —
 * The council …"): the day it was filed, for a story that has no dateline line of its own. Undefined when the lead
 * has no dateline, or its date lacks a year.
 */
export function readLeadDatelineDay(text: string): string | undefined {
  const length = measureLeadDateline(text);
  return length > 0 ? findWrittenDay(text.slice(0, length))?.day : undefined;
}
