import { formatDay } from '../../../model/calendar.ts';
import type { Draft, Refiner, RefineOptions } from '../types.ts';

/** A year this far from publication is history, not news. */
const HISTORY_GAP_YEARS = 5;
const MIN_HISTORY_DATES = 1;
/** How far after an old day a bare weekday still reads as that week's day. */
const STORY_WEEKDAY_REACH_CHARS = 200;
const DEICTIC_PARSERS = new Set(['relativeDay', 'relativeUnit', 'weekday', 'ago']);

/**
 * Decides whether a text is a narrative (a history) when the caller did not say: most of its absolute dates lie years
 * before publication and it hardly uses deictic words ("yesterday", "last week"). Its verdict is written into the
 * options the later refiners read.
 */
export function isNarrative(drafts: readonly Draft[], options: RefineOptions): boolean {
  if (!options.dct) return false;
  const dctDay = formatDay(options.dct);
  let historical = 0;
  let current = 0;
  let oldDayEnd = -Infinity;
  for (const d of drafts) {
    // "The following month" counts from the story's own dates, and so does a bare weekday just after an old day
    // ("On 3 May 1942 … On Tuesday"): neither says anything about news or history.
    const weekdayOfStory = d.parser === 'weekday' && !d.deictic && d.start - oldDayEnd <= STORY_WEEKDAY_REACH_CHARS;
    if (DEICTIC_PARSERS.has(d.parser) && d.type !== 'DURATION' && !d.anaphoric && !weekdayOfStory) current++;
    if (!d.absolute || d.value === undefined || !/^\d{4}/.test(d.value)) continue;
    // The stamp of publication itself ("Published 14 March 2021") is in every text, news or history.
    if (d.value === dctDay) continue;
    if (options.dct.y - Number(d.value.slice(0, 4)) >= HISTORY_GAP_YEARS) {
      historical++;
      if (/^\d{4}-\d{2}-\d{2}/.test(d.value)) oldDayEnd = d.end;
    } else current++;
  }
  return historical >= MIN_HISTORY_DATES && historical > 2 * current;
}

function refine(drafts: Draft[], _text: string, options: RefineOptions): Draft[] {
  if (options.narrativeGiven) return drafts;
  options.narrative = isNarrative(drafts, options);
  return drafts;
}

/** Decides news or narrative when the caller did not. */
export const detectNarrativeRefiner: Refiner = { name: 'detectNarrative', refine };
