import { formatDay } from '../../../model/calendar.ts';
import type { Draft, Refiner, RefineOptions } from '../types.ts';

/** A year this far from publication is history, not news. */
const HISTORY_GAP_YEARS = 5;
const MIN_HISTORY_DATES = 1;
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
  for (const d of drafts) {
    // "The following month" counts from the story's own dates: it says nothing about news or history.
    if (DEICTIC_PARSERS.has(d.parser) && d.type !== 'DURATION' && !d.anaphoric) current++;
    if (!d.absolute || d.value === undefined || !/^\d{4}/.test(d.value)) continue;
    // The stamp of publication itself ("Published 14 March 2021") is in every text, news or history.
    if (d.value === dctDay) continue;
    if (options.dct.y - Number(d.value.slice(0, 4)) >= HISTORY_GAP_YEARS) historical++;
    else current++;
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
