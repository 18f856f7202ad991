import { formatDay } from '../../../model/calendar.ts';
import { findClause } from '../tense.ts';
import type { Draft, Refiner, RefineOptions } from '../types.ts';

/** "which for 8-and-a-half months has been …": a stretch that runs up to now (perfect tense in its clause). */
const RUNS_TO_NOW_BEFORE = /\b(?:for|over|in|during|throughout)\s+(?:the\s+(?:past|last)\s+)?$|\bthe\s+(?:past|last)\s+$/i;
const PERFECT = /\b(?:has|have|'s|'ve)\s+(?:\w+ed|\w+en)\b|\bhas\b|\bhave\b/i;
/** "over the past two years", "in the last three months": the stretch up to the writing, whatever the verb's tense. */
const PAST_STRETCH = /^(?:the\s+)?(?:past|last)\s/i;
const PAST_STRETCH_BEFORE = /\b(?:the\s+)?(?:past|last)\s+$/i;
/** "the last two years of his life", "the past decade before the war": a stretch of something else. */
const STRETCH_OF_AFTER = /^\s*(?:of|before|after|since|until|to)\b/i;
/** "captured … in May after two months of fighting": a stretch that ends at the date of its clause. */
const ENDS_AT_DATE_BEFORE = /\bafter\s+(?:nearly\s+|almost\s+|more\s+than\s+|about\s+|some\s+)?$/i;

/** The nearest resolved calendar date before drafts[i] that starts inside its clause. */
function findDateBefore(drafts: readonly Draft[], i: number, clauseStart: number): Draft | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const x = drafts[j];
    if (!x || x.start < clauseStart) return undefined;
    if (x.type === 'DATE' && x.value && /^\d{4}/.test(x.value)) return x;
  }
  return undefined;
}

/**
 * Gives a DURATION the date it is anchored to when the text says so, so that events can be drawn as ranges. Runs after
 * resolution: it reads the resolved values of the dates around the duration.
 */
function refine(drafts: Draft[], text: string, options: RefineOptions): Draft[] {
  return drafts.map((d, i) => {
    if (d.type !== 'DURATION' || d.value === undefined || !/^P/.test(d.value)) return d;
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    const [clauseStart, clauseEnd] = findClause(text, d.start, d.end);
    if (ENDS_AT_DATE_BEFORE.test(before)) {
      const date = findDateBefore(drafts, i, clauseStart);
      if (date?.value) return { ...d, anchor: date.value, trace: [...d.trace, `ends at "${text.slice(date.start, date.end)}" (${date.value}) in the same clause`] };
    }
    const after = text.slice(d.end, d.end + 10);
    if (options.dct && (PAST_STRETCH.test(text.slice(d.start, d.end)) || PAST_STRETCH_BEFORE.test(before)) && !STRETCH_OF_AFTER.test(after)) {
      const anchor = formatDay(options.dct);
      return { ...d, anchor, trace: [...d.trace, `"the past …" → runs up to publication, ${anchor}`] };
    }
    if (options.dct && RUNS_TO_NOW_BEFORE.test(before) && PERFECT.test(text.slice(clauseStart, clauseEnd))) {
      const anchor = formatDay(options.dct);
      return { ...d, anchor, trace: [...d.trace, `perfect tense → runs up to publication, ${anchor}`] };
    }
    return d;
  });
}

/** Sets `anchor` on durations that run up to publication or end at a date of their clause. */
export const anchorDurationsRefiner: Refiner = { name: 'anchorDurations', refine };
