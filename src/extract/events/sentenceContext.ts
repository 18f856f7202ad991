import type { Mention } from '../../model/dataFile';
import { clauseAt, findBoundaries, type Boundary, type Clause } from './findClause';
import { findRanges } from './findRanges';
import { parseSentence, type Token } from './parse/parseSentence';
import { buildTitle, groupNear, type Title } from './title/buildTitle';
import { firstTokenFrom, keepClauseWords, type Cut, type VerbGroup } from './title/clauseWords';
import { tenseOf, type VerbTense } from './title/verbTense';
import type { SentenceRef } from './types';

/** What the story has named so far: a pronoun subject stands for the nearest named one. */
export interface SubjectMemory {
  namedSubject?: string;
  /** The named subject is a person: "it" does not stand for it. */
  person?: boolean;
  /** The nearest earlier subject that is a thing, named or not: what "it" stands for. */
  thing?: { text: string; plural: boolean; head?: string };
  /** What the last titled clause's verb acted on: what a passive "it" right after stands for. */
  object?: string;
}

/**
 * Everything the event rules ask of one sentence, each computed once and only when asked: its clause boundaries,
 * its parse (only sentences with a date or a duration are ever parsed), its date ranges. Every per-date question
 * looks at the clause around that date only, so a sentence with thousands of dates stays linear.
 */
export interface SentenceContext {
  ref: SentenceRef;
  /** The sentence's mentions in text order; offsets into the paragraph. */
  mentions: readonly Mention[];
  published: string;
  /** Pairs of dated mentions that bound one stretch ("between March and July"): first → last. */
  ranges: Map<Mention, Mention>;
  rangeEnds: ReadonlySet<Mention>;
  clauseAt(position: number): Clause;
  tokens(): readonly Token[];
  /** The headline-style title of a clause for the date at `anchor`, or null when the clause has no title in it. */
  titleOf(clause: Clause, anchor: number): string | null;
  /** `titleOf` with what the title knows of its clause (passive, has an object). */
  headlineOf(clause: Clause, anchor: number): Title | null;
  /** The tense of the verb that governs the date at `anchor`. */
  tenseAt(clause: Clause, anchor: number): VerbTense;
  /** The verb group that governs the date at `anchor`, if the clause has one. */
  verbAt(clause: Clause, anchor: number): VerbGroup | undefined;
  /** Whether the verb before the date at `anchor` that governs it is negated ("did not resign in March"). */
  negatedAt(clause: Clause, anchor: number): boolean;
  /** The mentions inside [start, end), found by binary search. */
  mentionsIn(start: number, end: number): Mention[];
}

// "Fed holds rates steady, signals cuts later this year": a headline's second predicate after a comma.
const HEADLINE_PREDICATES = /^((?:[A-Z][\p{L}.'’-]*\s+){1,4})[a-z]+s\b[^,]*,\s+(?=[a-z]+s\s)/u;

/** In a headline, each comma-joined predicate is a clause sharing the subject. */
function headlineClause(ref: SentenceRef, position: number): Clause | null {
  const predicates = HEADLINE_PREDICATES.exec(ref.paragraphText.slice(ref.start, ref.end));
  if (!predicates) return null;
  const secondStart = ref.start + predicates[0].length;
  if (position < secondStart) return { start: ref.start, end: ref.paragraphText.lastIndexOf(',', secondStart), subordinate: false };
  return { start: secondStart, end: ref.end, subjectText: predicates[1]!.trim(), subordinate: false };
}

/** The index of the first boundary that cuts at or after `position` (binary search: boundaries are in text order). */
function firstBoundaryFrom(boundaries: readonly Boundary[], position: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]!.cut < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeSentenceContext(ref: SentenceRef, mentions: readonly Mention[], published: string, memory: SubjectMemory): SentenceContext {
  let boundaries: Boundary[] | undefined;
  let tokens: Token[] | undefined;
  const clauses = new Map<number, Clause>();
  const ranges = findRanges(ref.paragraphText, mentions);
  const rangeEnds = new Set(ranges.values());
  const getTokens = () => (tokens ??= parseSentence(ref.paragraphText, ref.start, ref.end));
  const mentionsIn = (start: number, end: number): Mention[] => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end <= end) found.push(mentions[i]!);
    return found;
  };
  const cutsIn = (clause: Clause): Cut[] => mentionsIn(clause.start, clause.end);
  // "On Monday, the company, which is based in Ohio, said …": a date before a relative clause belongs to the verb after
  // it, which the title and the tense then read as they do for a date there.
  const pastSkip = (clause: Clause, anchor: number): number => {
    if (!clause.skip || anchor >= clause.skip.start) return anchor;
    const tokens = getTokens();
    for (let i = firstTokenFrom(tokens, clause.skip.end); i < tokens.length && tokens[i]!.start < clause.end; i++) {
      if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return tokens[i]!.end;
    }
    return anchor;
  };
  const verbAt = (clause: Clause, anchor: number) =>
    groupNear({ tokens: getTokens(), start: clause.start, end: clause.end, cuts: cutsIn(clause), prepared: wordsOf(clause), anchor: pastSkip(clause, anchor) });
  // The tense rules and the title read the same clause's words: keep them once per clause.
  const prepared = new Map<string, ReturnType<typeof keepClauseWords>>();
  const wordsOf = (clause: Clause) => {
    const key = `${clause.start}:${clause.end}`;
    let kept = prepared.get(key);
    if (!kept) {
      kept = keepClauseWords(getTokens(), clause.start, clause.end, cutsIn(clause));
      prepared.set(key, kept);
    }
    return kept;
  };
  const sharedSubject = (clause: Clause): { subject?: string; subjectPassive?: boolean } => {
    const span = clause.sharedSubjectIn;
    if (!span) return {};
    const first = buildTitle({ tokens: getTokens(), start: span.start, end: span.end, cuts: mentionsIn(span.start, span.end), anchor: span.end });
    return first?.subject ? { subject: first.subject, ...(first.passive ? { subjectPassive: true } : {}) } : {};
  };
  // Whether the date at `position` opens the sentence's first clause and is set off by a comma ("But in June last
  // year, …"): only opening words ("But in", "Late on") stand before it.
  const opensWithDate = (clause: Clause, position: number): boolean => {
    if (clause.start !== ref.start) return false;
    const date = mentionsIn(clause.start, clause.end).find((m) => m.start <= position && position < m.end);
    if (!date || !/^\s*,/.test(ref.paragraphText.slice(date.end, date.end + 2))) return false;
    return /^\W*(?:(?:and|but|so|yet|then|also|late|early)\s+)*(?:(?:in|on|at|during|by|since)\s+)?$/i.test(ref.paragraphText.slice(clause.start, date.start));
  };
  // "captured Jayakarta in 1619 and renamed it Batavia": a second predicate in the same tense, without a date of its
  // own, tells the same happening, so the dated clause quotes it too; "and later renamed it" moves the story on.
  const withUndatedPredicates = (clause: Clause, position: number): Clause => {
    const all = boundaries ?? [];
    const fronted = opensWithDate(clause, position);
    let end = clause.end;
    for (let i = firstBoundaryFrom(all, end); i < all.length; i = firstBoundaryFrom(all, end)) {
      const boundary = all[i]!;
      // "In June, the leaders fell out, and Pol Pot was arrested": a date set before the sentence's first clause
      // holds for the clauses joined to it, as far as the next date.
      const joined = boundary.samePredicateTime || (fronted && boundary.kind === 'coordinate' && !boundary.resumesMain && /^,\s+(?:and|but)\s/.test(ref.paragraphText.slice(boundary.cut, boundary.next)));
      if (!joined || !/^[\s,;:]*$/.test(ref.paragraphText.slice(end, boundary.cut))) break;
      // "and later renamed it", "and the army later retook it": an untold time has passed.
      if (/^(?:then|later|afterwards)\b/i.test(ref.paragraphText.slice(boundary.next, boundary.next + 12))) break;
      if (fronted && /^(?:[\p{L}'’.-]+\s){1,4}(?:then|later|afterwards?|subsequently)\b/iu.test(ref.paragraphText.slice(boundary.next, boundary.next + 60))) break;
      const predicate = clauseAt(ref.paragraphText, ref.start, ref.end, all, boundary.next);
      if (predicate.end <= end || mentionsIn(predicate.start, predicate.end).length > 0) break;
      end = predicate.end;
    }
    const withEnd = end > clause.end ? { ...clause, sourceEnd: end } : clause;
    // "Ten people perished when their boat sank in November": the undated clause before "when" happened then too.
    const from = clause.sameTimeFrom;
    if (from === undefined || from >= clause.start || mentionsIn(from, clause.start).length > 0) return withEnd;
    return { ...withEnd, sourceStart: from };
  };
  return {
    ref,
    mentions,
    published,
    ranges,
    rangeEnds,
    clauseAt(position) {
      // Several rules ask for the clause of one date: find it once.
      let clause = clauses.get(position);
      if (!clause) {
        const headline = ref.headline ? headlineClause(ref, position) : null;
        clause = headline ?? withUndatedPredicates(clauseAt(ref.paragraphText, ref.start, ref.end, (boundaries ??= findBoundaries(ref.paragraphText, ref.start, ref.end, getTokens())), position), position);
        clauses.set(position, clause);
      }
      return clause;
    },
    tokens: getTokens,
    mentionsIn,
    titleOf(clause, anchor) {
      return this.headlineOf(clause, anchor)?.text ?? null;
    },
    headlineOf(clause, dateAt) {
      const anchor = pastSkip(clause, dateAt);
      const shared = sharedSubject(clause);
      const subject = clause.subjectText ?? clause.antecedent?.name.replace(/^(?:the|a|an)\s+/i, '') ?? shared.subject;
      const remembered = clause.relative ? undefined : memory.namedSubject;
      const thing = clause.relative ? undefined : memory.thing;
      // The predicates that tell the same happening ("… on Monday and destroyed 40 boats") are the title's words too.
      const told = clause.sourceEnd ? { ...clause, end: clause.sourceEnd } : clause;
      const title = buildTitle({
        tokens: getTokens(), start: told.start, end: told.end, cuts: cutsIn(told), prepared: wordsOf(told), anchor,
        ...(subject ? { subject } : {}), ...(remembered ? { rememberedSubject: remembered, ...(memory.person ? { rememberedPerson: true } : {}) } : {}), ...(shared.subjectPassive ? { subjectPassive: true } : {}),
        ...(thing ? { rememberedThing: thing } : {}), ...(!clause.relative && memory.object ? { rememberedObject: memory.object } : {}),
      });
      if (title?.thing) memory.thing = title.thing;
      if (title) memory.object = title.objectThing;
      if (title?.namedSubject) {
        memory.namedSubject = title.namedSubject;
        memory.person = title.person === true;
      }
      return title;
    },
    tenseAt: (clause, anchor) => tenseOf(verbAt(clause, anchor)),
    verbAt,
    // Only a verb before the date governs it for certain: "With the election due this September, figures couldn't …".
    negatedAt: (clause, anchor) => {
      const verb = verbAt(clause, anchor);
      return verb !== undefined && verb.negated && verb.head.start < pastSkip(clause, anchor);
    },
  };
}
