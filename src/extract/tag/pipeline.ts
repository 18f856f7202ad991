import { agoParser } from './parsers/ago.ts';
import { anaphoricDayParser } from './parsers/anaphoricDay.ts';
import { centuryParser } from './parsers/century.ts';
import { chronoNumericDateParser } from './parsers/chronoNumericDate.ts';
import { clockTimeParser } from './parsers/clockTime.ts';
import { decadeParser } from './parsers/decade.ts';
import { durationParser } from './parsers/duration.ts';
import { frequencyParser } from './parsers/frequency.ts';
import { holidayParser } from './parsers/holiday.ts';
import { isoDateParser } from './parsers/isoDate.ts';
import { monthDateParser } from './parsers/monthDate.ts';
import { nightOfParser } from './parsers/nightOf.ts';
import { numericDateParser } from './parsers/numericDate.ts';
import { periodOfReferenceParser } from './parsers/periodOfReference.ts';
import { quarterParser } from './parsers/quarter.ts';
import { relativeDayParser } from './parsers/relativeDay.ts';
import { relativeUnitParser } from './parsers/relativeUnit.ts';
import { samePeriodParser } from './parsers/samePeriod.ts';
import { seasonParser } from './parsers/season.ts';
import { spelledYearParser } from './parsers/spelledYear.ts';
import { vagueDurationParser } from './parsers/vagueDuration.ts';
import { vagueReferenceParser } from './parsers/vagueReference.ts';
import { weekdayParser } from './parsers/weekday.ts';
import { yearParser } from './parsers/year.ts';
import { yearRangeParser } from './parsers/yearRange.ts';
import { anchorDurationsRefiner } from './refiners/anchorDurations.ts';
import { detectNarrativeRefiner } from './refiners/detectNarrative.ts';
import { resolveValuesRefiner } from './refiners/resolveValues.ts';
import { selectLongestRefiner } from './refiners/selectLongest.ts';
import { trimSpanRefiner } from './refiners/trimSpan.ts';
import type { Parser, Refiner } from './types.ts';

/**
 * Every parser runs over the whole text; overlaps are settled afterwards by length, so the order here only breaks
 * ties between equally long matches of equal priority: the most specific patterns (explicit dates) come first, the
 * vaguest (bare "now", unspecified durations) last.
 */
export const PARSERS: readonly Parser[] = [
  isoDateParser, // explicit, never ambiguous
  numericDateParser,
  chronoNumericDateParser, // chrono-node reads the rarer numeric orders (y/m/d, d.m.y) on pre-filtered candidates
  nightOfParser, // longer than the day-month inside it
  monthDateParser, // before year: "October 2005" must beat "2005"
  holidayParser,
  yearRangeParser, // before year: "2013" of "2013–14" is the same either way, and "2010" of "2009-2010" only here
  yearParser,
  spelledYearParser, // transcribed speech writes years out in words
  decadeParser,
  centuryParser,
  samePeriodParser, // before ago and relativeUnit: "the same month a year ago" is one expression
  quarterParser, // before relativeUnit: "last quarter" is a financial quarter
  clockTimeParser,
  relativeDayParser,
  agoParser, // before duration: "two years ago" is a date, not P2Y
  relativeUnitParser,
  weekdayParser,
  periodOfReferenceParser,
  seasonParser,
  anaphoricDayParser,
  frequencyParser, // before duration: "every year" and "twice a week" are sets, not stretches of time
  durationParser,
  vagueDurationParser,
  vagueReferenceParser, // last: "now" or "recent" inside a longer phrase loses to it
];

/**
 * Trim first so lengths compare fairly; settle overlaps before resolving so that each span resolves once; decide
 * news or narrative from the settled drafts, as it changes what resolving counts from; resolve in
 * text order, because anaphoric expressions need the dates before them; anchor durations last, as they read the
 * resolved dates around them.
 */
export const REFINERS: readonly Refiner[] = [
  trimSpanRefiner, selectLongestRefiner, detectNarrativeRefiner, resolveValuesRefiner, anchorDurationsRefiner,
];
