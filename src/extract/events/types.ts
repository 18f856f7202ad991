import type { Category, Granularity, Span } from '../../model/dataFile';

/** An event before ids and EDTF are assigned: what one dated clause says. */
export interface EventDraft {
  title: string;
  /** TimeML value at its real precision, or FUTURE_REF for a planned event. */
  start: string;
  end?: string;
  granularity: Granularity;
  approximate: boolean;
  approximateEnd: boolean;
  ongoing: boolean;
  category: Category;
  sources: Span[];
  mentions: string[];
  why: string[];
  /** Dated by the sentence's main clause: only such a date carries on into the next sentence. */
  mainClause?: boolean;
  /** Told by a "when" clause after its date ("since 1968, when tanks entered Prague"): never merged with the
   * sentence's other event at the same date, as it tells another thing. */
  whenClause?: boolean;
  /** Head noun of a planned event ("counteroffensive"): planned items with the same noun are one event. */
  plannedNoun?: string;
}

/** Where a sentence sits: paragraph id and text, and the sentence's bounds in it. */
export interface SentenceRef {
  paragraph: string;
  paragraphText: string;
  start: number;
  end: number;
  /** The sentence is the headline: present tense, predicates joined by commas ("Fed holds rates, signals cuts"). */
  headline?: boolean;
  /** The sentence opens the story's first body paragraph, where a wire story's dateline stands. */
  opensStory?: boolean;
}
