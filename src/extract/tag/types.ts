import type { Day } from '../../model/calendar.ts';

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Tense of the clause around a mention; decides which way an underspecified date leans. */
export type Tense = 'past' | 'present' | 'future' | 'none';

/** What a draft may use to reach its value. */
export interface ResolveContext {
  /** Publication date, if known. */
  dct: Day | null;
  /** What deictic words ("yesterday", "last month") count from: the dct, or in narrative mode the last absolute date. */
  reference: Day | null;
  /** How the reference was chosen, for traces ("published 2023-04-18"). */
  referenceNote: string;
  /** The last date mentioned before this one (for "the next day", "that year"); falls back to the reference. */
  anchor: Day | null;
  /** TimeML value of that last date, at its own precision. */
  anchorValue: string | null;
  /** The last quarter value mentioned ("1998-Q3"): financial reports keep talking about it. */
  quarterInFocus: string | null;
  /** Tense of the clause around the mention (worked out on first read). */
  tense: Tense;
  /**
   * In news, a recent absolute day or month the story is telling about, when it lies far before publication
   * ("On 24 February 2022, Russia invaded … By early March …" in a 2024 article): months without a year follow it.
   */
  story: { day: Day; value: string } | null;
  /** Narrative text: a month or day without a year belongs to the year of the reference (stories move forwards). */
  narrative: boolean;
  /** Lower-cased text of the sentence holding the mention (e.g. to see whether it talks about quarters). */
  sentence: string;
  /** The word just before the mention, lower-cased ("on", "to", "until"), or ''. */
  wordBefore: string;
}

/** A value and the steps that reached it. */
export interface Resolved {
  /** TimeML value. */
  value: string;
  /** Steps from the reference to the value. */
  trace: string[];
}

/** A candidate temporal expression, before overlaps are settled and values resolved. */
export interface Draft {
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  type: TimexType;
  /** Which parser found it (for traces and debugging). */
  parser: string;
  /** Steps known at parse time ("\"May\" names month 5, no year"). */
  trace: string[];
  /** Value when the text alone fixes it (P2M, 2023-04-18, PRESENT_REF). */
  value?: string;
  /** Computes the value against the reference when the text alone does not fix it. */
  resolve?: (ctx: ResolveContext) => Resolved;
  /** The text names its own year: in narrative mode it becomes the new reference. */
  absolute?: boolean;
  /** For a DURATION: the date value it runs up to, when the text says so. */
  anchor?: string;
  /** Counts from the last date the text gave ("the following month", "two days later"), not from publication. */
  anaphoric?: boolean;
  /**
   * Counts from the moment of writing ("yesterday", "next month", "last June", "two years ago"): resolved against
   * publication even in a history, where other dates follow the story.
   */
  deictic?: boolean;
  /** Derived from the quarter in focus ("the year-ago quarter"): must not become the new focus. */
  keepsFocus?: boolean;
  /** Breaks ties between equally long overlapping drafts: higher wins. */
  priority?: number;
}

/** One pattern and the step that turns a match into drafts. */
export interface Parser {
  name: string;
  /** Global, usually case-insensitive; must not backtrack catastrophically. */
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Draft | Draft[] | null;
}

/** Options of one tagging run as seen by refiners. */
export interface RefineOptions {
  dct: Day | null;
  /** Narrative text; when the caller left it open, a refiner decides from the text and sets it. */
  narrative: boolean;
  /** The caller said whether the text is a narrative. */
  narrativeGiven: boolean;
}

/** A pass over all drafts of a text (filtering, merging, resolving). */
export interface Refiner {
  name: string;
  refine(drafts: Draft[], text: string, options: RefineOptions): Draft[];
}
