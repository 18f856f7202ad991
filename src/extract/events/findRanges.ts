import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { isDated } from './isDated';

// "between March 2022 and July 2023", "April 30-May 1", "from May to July", "in January and February".
const RANGE_JOIN = /^\s*(?:[-–—]|to|through|until|till|and)\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?$/i;
// "in both 1990 and 1991", "in each of May and June": two dates, each on its own.
const EACH_BEFORE = /\b(?:both|each\sof)\s+$/i;

/** Pairs of dated mentions that bound one stretch of time: first → last. */
export function findRanges(text: string, mentions: readonly Mention[]): Map<Mention, Mention> {
  const ranges = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, last] = [mentions[i]!, mentions[i + 1]!];
    if (!isDated(first) || !isDated(last) || !RANGE_JOIN.test(text.slice(first.end, last.start))) continue;
    const [a, b] = [parseTimeValue(first.value)!, parseTimeValue(last.value)!];
    if (b.startMs <= a.startMs) continue;
    // "in May and September" are two months; "in January and February" one stretch, as is "between May and September";
    // "in both 1990 and 1991" two years.
    const and = /and/i.test(text.slice(first.end, last.start));
    const adjoining = a.granularity === b.granularity && a.endMs === b.startMs;
    const lead = text.slice(Math.max(0, first.start - 24), first.start);
    if (and && ((!adjoining && !BETWEEN_BEFORE.test(lead)) || EACH_BEFORE.test(lead))) continue;
    ranges.set(first, last);
    i++;
  }
  return ranges;
}
