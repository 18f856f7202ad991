import { diffDays, formatDay, parseIsoDay, startOfIsoWeekOfYear, type Day } from '../../../model/calendar.ts';
import { readWordBefore } from '../context.ts';
import { detectTense, findSentence } from '../tense.ts';
import { STORY_STEP } from '../resolveHelpers.ts';
import type { Draft, Refiner, RefineOptions, ResolveContext, Tense } from '../types.ts';

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/;
const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;

/** How far (in characters) a story's date carries to a month without a year, and how old it must be to matter. */
const STORY_REACH_CHARS = 600;
const STORY_MIN_AGE_DAYS = 300;

const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The first day of the period a date value names (1998 → 1998-01-01, 1998-Q3 → 1998-07-01), or null for non-dates. */
function readPeriodStart(value: string): Day | null {
  const m = DATE_VALUE.exec(value);
  if (m) return parseIsoDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`);
  const part = /^(\d{4})-(?:(SP|SU|FA|WI)|Q([1-4])|H([12])|W(\d{2}))/.exec(value);
  if (!part) return null;
  const y = Number(part[1]);
  if (part[2]) return { y, m: SEASON_START_MONTH[part[2]] ?? 1, d: 1 };
  if (part[3]) return { y, m: (Number(part[3]) - 1) * 3 + 1, d: 1 };
  if (part[4]) return { y, m: part[4] === '1' ? 1 : 7, d: 1 };
  return startOfIsoWeekOfYear(y, Number(part[5]));
}

// "On 24 February 2022, Russia launched …": a date that opens its sentence sets the time the story is told at;
// one inside it ("agents charged in the Dec. 21, 1988, bombing") is background.
// Bounded quantifiers: it reads the 40 characters before a date, never more.
const SENTENCE_OPENER = /(?:^|[.!?]["”']?\s{1,40}|\n\s{0,40})(?:(?:On|In|By|From|Since|Until|During|Throughout)\s{1,40}(?:the\s{1,40})?(?:(?:early|late|mid)[- ]\s{0,40})?)?$/;

/** The story's date and where in the text it was last carried forward. */
interface StoryPoint {
  day: Day;
  value: string;
  at: number;
}

function opensSentence(text: string, start: number): boolean {
  return SENTENCE_OPENER.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Resolves every draft in text order. Deictic words count from the reference (the publication date, or in narrative
 * mode the last absolute date); anaphoric ones ("the next day") from the last date mentioned.
 */
function refine(drafts: Draft[], text: string, options: RefineOptions): Draft[] {
  let reference = options.dct;
  let referenceNote = options.dct ? `published ${formatDay(options.dct)}` : 'no publication date';
  let anchor: Day | null = options.dct;
  let anchorValue: string | null = options.dct ? formatDay(options.dct) : null;
  let quarterInFocus: string | null = null;
  let story = null as StoryPoint | null;
  // An old date inside its sentence ("troops invaded in March 2003") is only background, until the next sentence
  // opens with a day or month of the past without a year ("On April 9 the capital fell"): then the story is there.
  let background = null as StoryPoint | null;
  const out: Draft[] = [];
  for (const draft of drafts) {
    let resolved = draft;
    if (draft.value === undefined && draft.resolve) {
      let sentence: string | null = null;
      let tense: Tense | null = null;
      // "Yesterday", "next month", "last June" count from the moment of writing, whatever date the story is at.
      const fromPublication = draft.deictic === true && options.dct !== null && reference !== options.dct;
      const ctx: ResolveContext = {
        dct: options.dct,
        reference: fromPublication ? options.dct : reference,
        referenceNote: fromPublication ? `counts from the writing, published ${formatDay(options.dct!)}` : referenceNote,
        anchor: anchor ?? reference, anchorValue, quarterInFocus,
        narrative: options.narrative,
        get story() {
          if (options.narrative) return null;
          if (story && draft.start - story.at <= STORY_REACH_CHARS) return story;
          if (background && draft.start - background.at <= STORY_REACH_CHARS && opensSentence(text, draft.start) && this.tense === 'past') {
            story = background;
            return story;
          }
          return null;
        },
        // Only some rules read the tense or the sentence: work them out on demand.
        get tense() {
          tense ??= detectTense(text, draft.start, draft.end);
          return tense;
        },
        get sentence() {
          sentence ??= findSentence(text, draft.start, draft.end);
          return sentence;
        },
        get wordBefore() {
          return readWordBefore(text, draft.start).toLowerCase();
        },
      };
      const r = draft.resolve(ctx);
      resolved = { ...draft, value: r.value, trace: [...draft.trace, ...r.trace] };
      // A date placed by the story keeps the story going.
      if (story && r.trace.some((step) => step.startsWith(STORY_STEP))) story = { ...story, at: draft.end };
    }
    const value = resolved.value;
    if (value === undefined) continue;
    out.push(resolved);
    if (resolved.type === 'DATE' || resolved.type === 'TIME') {
      if (QUARTER_VALUE.test(value) && !resolved.keepsFocus) quarterInFocus = value;
      const start = readPeriodStart(value);
      if (start) {
        anchor = start;
        anchorValue = value;
        const old = options.dct !== null && diffDays(start, options.dct) > STORY_MIN_AGE_DAYS;
        if (resolved.absolute && /^\d{4}-\d{2}/.test(value)) {
          const point = old ? { day: start, value, at: resolved.end } : null;
          const opens = opensSentence(text, resolved.start);
          story = opens ? point : null;
          background = opens ? null : point;
        }
        if (options.narrative && resolved.absolute) {
          reference = start;
          referenceNote = `the last date the text gave, ${value}`;
        }
      }
    }
  }
  return out;
}

/** Gives every draft its value and trace, in text order. */
export const resolveValuesRefiner: Refiner = { name: 'resolveValues', refine };
