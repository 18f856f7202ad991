import type { Mention, Span } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { categorize, CATEGORY_VERBS } from './categorize';
import { makeSpan } from './makeSpan';
import type { SentenceContext } from './sentenceContext';
import { moveValue } from './shiftDate';
import type { EventDraft } from './types';

/** What the narrative has dated so far, as the builder walks the sentences in order. */
export interface NarrativeState {
  /** The latest event of a main clause dated to a single point (day, month…), the time the story is at. */
  lastPoint?: EventDraft;
  /** The main-clause event of the sentence just before, if it had one. */
  previous?: EventDraft;
  /** The latest time the story has reached (the start of its latest point not after publication), in ms. */
  storyMs?: number;
  /**
   * The point the last dated sentence names, from its main clause if it has one, else from any of its clauses
   * ("The dockers, who struck on 5 November, …"): what "two days later" counts from; null when the last dated
   * sentence named only a stretch ("from May to July"), after which "two days later" counts from nothing known.
   */
  lastDated?: EventDraft | null;
  /** The points of the latest dated sentences, newest last: what "three days after the walkout" may count from. */
  recentDated?: EventDraft[];
  /** The sentence just before, when it told the story's point (dated by it, carried on or joined to it). */
  toldBefore?: string;
}

const INHERITED = 'no date of its own';
// "Later, …", "Then the army …", "Afterwards …", "Two days after the walkout, …": the story has moved on.
const MOVES_ON = /^\W{0,3}(?:later|then|afterwards?|subsequently|after\sthat|eventually|(?:[\p{L}\d-]+\s){1,2}(?:days?|weeks?|months?|years?|decades?)\s(?:later|earlier|after|before)\b)/iu;
// "The Russian leader then moved …", "She later flew …": told after its subject, the step is as much a move on as
// "Then …" at the start; how long after is not said. ("since then", "by then", "until then" look back, not on.)
const MOVES_ON_AFTER_SUBJECT = /^\W{0,3}(?:[\p{L}'’.-]+\s){1,4}?(?<!(?:since|until|till|by|even|and)\s)(?:then|later|afterwards?|subsequently)\s/iu;
/** Whether a sentence says the story has moved on by an untold time, at its start or just after its subject. */
const movesOn = (sentence: string) => MOVES_ON.test(sentence) || MOVES_ON_AFTER_SUBJECT.test(sentence);
// The subject before "then" in "The Russian leader then moved …": what the step is told of.
const SUBJECT_THEN = /^\W{0,3}((?:[\p{L}'’.-]+\s){1,4}?)(?<!(?:since|until|till|by|even|and)\s)then\s/iu;
const PERSONAL_PRONOUN = /^(?:he|she|they|it|we)$/i;

/**
 * Whether the subject of "… then …" is one the sentence before told of: a pronoun or a description ("The Russian
 * leader") stands for it; a name must be named there. "Bush then sent troops" after a sentence about the Security
 * Council tells of another actor, whose next step may come any day.
 */
function refersBack(subject: string, before: string): boolean {
  const words = subject.trim().split(/\s+/);
  if (words.length === 1 && PERSONAL_PRONOUN.test(words[0]!)) return true;
  if (/^the$/i.test(words[0]!) && /^\p{Ll}/u.test(words.at(-1)!)) return true;
  const names = words.filter((word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && /^the$/i.test(word)));
  return names.length > 0 && names.every((name) => before.includes(name));
}
// A sentence that opens with a quotation reports what someone said, not what happened at the story's time.
const QUOTATION = /^\W{0,2}["“‘']|["“”]/;
const FUTURE_OR_CONDITIONAL = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ii]f)\b/;
// "In the first weeks of the war, …": a sentence that opens by setting its own time tells of another time.
const SETS_OWN_TIME = /^(?:In|During|Over|Throughout|Within|By|Before|After|Since|Until) the \w+ /;
// "Trade fell away after the First World War": a named happening anywhere in the sentence is a time of its own.
const AFTER_NAMED = /\b(?:after|during|since|until)\sthe\s\p{Lu}/u;
const setsOwnTime = (sentence: string) => SETS_OWN_TIME.test(sentence) || AFTER_NAMED.test(sentence);
const WITHIN_THE_DAY = /^\W{0,3}(?:within\s(?:minutes|hours|the\shour)|(?:minutes|hours)\slater|the\ssame\sday|that\s(?:same\s)?day)\b/i;
// What follows the interval says which way it counts and from what: "later", "after that", "after the walkout".
const LATER_AFTER = /^\s(later|earlier|(?:after|before)\s(?:that|this|it)\b|(?:after|before)\sthe\s([\p{L}-]{4,}))/iu;
const SINCE_THEN = /\bsince\sthen\b/i;
const NAME_BEFORE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*\s$/u;
const FOR_BEFORE = /\bfor\s(?:(almost|nearly|about|around|roughly|some|more than|over|less than)\s)?$/i;

function inherit(from: EventDraft, ctx: SentenceContext, start: number, end: number, anchor: number, reason: string): EventDraft | null {
  const clause = ctx.clauseAt(anchor);
  const source = makeSpan(ctx.ref.paragraph, ctx.ref.paragraphText, start, end);
  const title = ctx.titleOf({ ...clause, start: Math.max(clause.start, start), end: Math.min(clause.end, end) }, anchor);
  if (!source || !title) return null;
  return {
    title,
    start: from.start,
    granularity: from.granularity,
    approximate: from.approximate,
    approximateEnd: false,
    ongoing: false,
    category: categorize(source.text),
    sources: [source],
    mentions: [...from.mentions],
    // Only the mention traces travel on: the chain of earlier inheritances would just repeat itself.
    why: [reason, ...from.why.filter((step) => !step.startsWith(INHERITED))],
    mainClause: true,
  };
}

/** The date an interval moves a point to, at no finer precision than the point (see `moveValue`). */
const moveBy = (point: EventDraft, interval: Mention, sign: 1 | -1) => moveValue(point.start, point.granularity, interval.value, sign);

/** Whether "after the walkout" names the event at the point: a word of its quote begins as the noun does. */
function namesPoint(point: EventDraft, noun: string): boolean {
  const stem = noun.toLowerCase().slice(0, 4);
  return point.sources.some((source) => source.text.toLowerCase().split(/\P{L}+/u).some((word) => word.startsWith(stem)));
}

// How many dated sentences back "the walkout" of "three days after the walkout" is looked for.
const RECENT_POINTS = 12;

/** The point an interval counts from: the last date, or for "after the walkout" the latest point that names it. */
function countsFrom(state: NarrativeState, noun: string | undefined): EventDraft | undefined {
  if (!noun) return state.lastDated === null ? undefined : (state.lastDated ?? state.lastPoint);
  return [...(state.recentDated ?? [])].reverse().find((point) => namesPoint(point, noun));
}

/** An undated sentence that goes on telling an event already made: its words join that event's sources. */
export interface Continuation {
  continues: EventDraft;
  source: Span;
  reason: string;
}

/** A rule that dates an undated sentence from the story so far (an event of its own, or more words of one), or gives null. */
interface NarrativeRule {
  name: string;
  apply(ctx: SentenceContext, state: NarrativeState, sentence: string): EventDraft | Continuation | null;
}

/**
 * The rules for a sentence without a date of its own, tried in order. A counted interval ("two weeks later", "for
 * four years") is the surest reading, so it comes first; carrying the previous sentence's date on is a guess and
 * comes last, behind guards: never after "later", "then", "afterwards", at the start or after the subject ("She
 * then flew …": an unknown time has passed), or out of a
 * quotation, and only from a main clause (the state keeps only main-clause events).
 */
export const NARRATIVE_RULES: readonly NarrativeRule[] = [
  {
    name: '"two weeks later", "a week after that" move the story on by the interval',
    apply(ctx, state) {
      for (const interval of ctx.mentions) {
        if (interval.type !== 'DURATION') continue;
        const how = LATER_AFTER.exec(ctx.ref.paragraphText.slice(interval.end, interval.end + 40));
        // "three days after the election" counts from the election, which need not be the story's last date.
        const point = how ? countsFrom(state, how[2]) : undefined;
        if (!how || !point) continue;
        const phrase = how[1]!.toLowerCase();
        const sign = /^(?:earlier|before)/.test(phrase) ? -1 : 1;
        const moved = moveBy(point, interval, sign);
        if (!moved) return null;
        const reason = moved.coarse
          ? `"${interval.text} ${phrase}": from ${point.start} ("${point.sources[0]!.text}"), known only to its ${point.granularity} → about ${moved.value}`
          : `"${interval.text} ${phrase}": from ${point.start} ("${point.sources[0]!.text}") → about ${moved.value}`;
        const draft = inherit(point, ctx, ctx.ref.start, ctx.ref.end, interval.start, reason);
        return draft && { ...draft, start: moved.value, approximate: true, mentions: [interval.id, ...point.mentions] };
      }
      return null;
    },
  },
  {
    // "The list began in 1950. Since then, 427 fugitives have been caught": "then" is the date just told, and the
    // present perfect runs from it up to publication, as "since 1950" would.
    name: '"Since then" with a present perfect verb is a stretch from the last date up to publication',
    apply(ctx, state, sentence) {
      const since = SINCE_THEN.exec(sentence);
      const point = since ? countsFrom(state, undefined) : undefined;
      const span = point ? parseTimeValue(point.start) : null;
      if (!since || !point || !span || point.end || span.startMs > endOfDayMs(ctx.published)) return null;
      const at = ctx.ref.start + since.index;
      const clause = ctx.clauseAt(at);
      if (ctx.tenseAt(clause, at + since[0].length) !== 'perfect' || ctx.negatedAt(clause, at + since[0].length)) return null;
      const reason = `"since then" with a present perfect verb: from ${point.start} ("${point.sources[0]!.text}") up to publication, still going on`;
      const draft = inherit(point, ctx, clause.start, clause.end, at + since[0].length, reason);
      return draft && { ...draft, end: ctx.published, ongoing: true };
    },
  },
  {
    // Hours and minutes do not leave the day: "Within hours, troops landed …" happened on the story's day.
    name: '"within hours" keeps the story\'s day',
    apply(ctx, state, sentence) {
      const point = state.lastPoint;
      if (!point || point.granularity !== 'day' || !WITHIN_THE_DAY.test(sentence) || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
      const reason = `${INHERITED}; "${WITHIN_THE_DAY.exec(sentence)![0].trim()}" after ${point.start} ("${point.sources[0]!.text}") stays on that day`;
      const clause = ctx.clauseAt(ctx.ref.end - 1);
      return inherit(point, ctx, clause.start, clause.end, clause.start, reason);
    },
  },
  {
    name: '"for almost four years, residents lived …" is a stretch from where the story is',
    apply(ctx, state, sentence) {
      const point = state.lastPoint;
      if (!point || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
      // "For the nine months, Norton earned …" names a known period (the fiscal one), not a stretch from the story's date.
      for (const interval of ctx.mentions.filter((m) => m.type === 'DURATION' && !/^the\s/i.test(m.text))) {
        const lead = FOR_BEFORE.exec(ctx.ref.paragraphText.slice(Math.max(ctx.ref.start, interval.start - 30), interval.start));
        const moved = lead ? moveBy(point, interval, 1) : null;
        // A stretch needs its end: one finer than the point's precision is not known.
        if (!lead || !moved || moved.coarse) continue;
        const end = moved.value;
        const clause = ctx.clauseAt(interval.start);
        // "has lived there for four years" runs up to now; "it is not going to change for years" tells no stretch.
        if (ctx.tenseAt(clause, interval.start) !== 'past' || ctx.negatedAt(clause, interval.start)) return null;
        const hedge = lead[1]?.toLowerCase();
        const reason = `"for ${hedge ? `${hedge} ` : ''}${interval.text}" in the past, from where the story is, ${point.start} ("${point.sources[0]!.text}") → until ${hedge ? 'about ' : ''}${end}`;
        const draft = inherit(point, ctx, clause.start, clause.end, interval.start, reason);
        return draft && { ...draft, end, approximateEnd: hedge !== undefined, mentions: [interval.id, ...point.mentions] };
      }
      return null;
    },
  },
  {
    // Only within a day, and only right after a sentence that told that day, of the same actor: "then" after a
    // day's event is the next step of that day; after a month or a year, or after an aside, it may be any time later.
    // A sentence that opens with "Then" or "Later" is never carried (MOVES_ON, below).
    name: '"The leader then moved to …" right after a sentence of that day, of the same actor, is the next step of that day',
    apply(ctx, state, sentence) {
      const point = state.lastPoint;
      const then = SUBJECT_THEN.exec(sentence);
      if (!point || !then || point.granularity !== 'day' || point.end || FUTURE_OR_CONDITIONAL.test(sentence) || QUOTATION.test(sentence)) return null;
      if (state.toldBefore === undefined || !refersBack(then[1]!, state.toldBefore)) return null;
      const at = ctx.ref.start + then[0].length;
      const clause = ctx.clauseAt(at);
      const reason = `${INHERITED}; "then" continues the day's sequence at ${point.start} ("${point.sources[0]!.text}")`;
      return inherit(point, ctx, clause.start, clause.end, at, reason);
    },
  },
  {
    name: '"A video showed Putin visiting …" right after a dated visit tells more of the same event',
    apply(ctx, state, sentence) {
      const previous = state.previous;
      const verb = previous ? CATEGORY_VERBS[previous.category] : undefined;
      if (!previous || !verb || previous.end || previous.start.endsWith('_REF')) return null;
      if (movesOn(sentence) || QUOTATION.test(sentence) || FUTURE_OR_CONDITIONAL.test(sentence) || setsOwnTime(sentence)) return null;
      const hit = verb.exec(sentence);
      if (!hit) return null;
      const at = ctx.ref.start + hit.index;
      const clause = ctx.clauseAt(at);
      if (clause.subordinate) return null;
      // "Footage showed Charles visiting a shelter": the event is the one doing it, from the name before the verb.
      const name = NAME_BEFORE.exec(ctx.ref.paragraphText.slice(Math.max(clause.start, at - 40), at));
      const from = name ? at - name[0].length : clause.start;
      const reason = `${INHERITED}; "${hit[0]}" right after "${previous.sources[0]!.text}" tells more of the same ${previous.category}, dated ${previous.start}`;
      return inherit(previous, ctx, from, clause.end, at, reason);
    },
  },
  {
    // "Police arrested six men." after "Police clashed with protesters on Sunday.": the report goes on at its date.
    // Joining the words to the event before, rather than making a new one, claims no date the text does not give.
    // A flashback ("Russia annexed the regions in September") is an aside: the sentences after it return to the
    // story's own time, so they never continue it. A sentence in the present speaks of now, not of that date.
    name: 'an undated sentence that goes on with the story adds its words to the event before',
    apply(ctx, state, sentence) {
      const previous = state.previous;
      if (!previous || previous.end || previous.start.endsWith('_REF') || isFlashback(previous, state)) return null;
      if (movesOn(sentence) || QUOTATION.test(sentence) || setsOwnTime(sentence)) return null;
      // The main verb decides: "He said the deal would hold" was said then; "The deal will hold" is not told of then.
      if (ctx.tenseAt(ctx.clauseAt(ctx.ref.start), ctx.ref.start) !== 'past') return null;
      const source = makeSpan(ctx.ref.paragraph, ctx.ref.paragraphText, ctx.ref.start, ctx.ref.end);
      return source && { continues: previous, source, reason: `"${source.text}" has no date of its own and goes on telling it` };
    },
  },
];

/** Whether an event lies wholly before the time the story has already reached: a look back, not the story's line. */
function isFlashback(event: EventDraft, state: NarrativeState): boolean {
  const span = parseTimeValue(event.start);
  return span !== null && state.storyMs !== undefined && span.endMs <= state.storyMs;
}

const endOfDayMs = (day: string) => Date.parse(`${day}T23:59:59Z`);

/**
 * Moves the narrative on past one sentence, given the events its main clauses dated (none: the chain of undated
 * sentences is broken, unless the sentence is only an aside). Only a point event dates what follows; the story's time only ever moves forward, and never
 * past publication (a coming event is not where the story is).
 */
export function advanceStory(state: NarrativeState, ctx: SentenceContext, story: readonly EventDraft[], published: string): void {
  // A quotation, a remark in the present or a plan told between two sentences of a report is an aside: the report
  // goes on after it. Any word of time, or "later", "then", "in the first weeks", moves the story off its event.
  const sentence = ctx.ref.paragraphText.slice(ctx.ref.start, ctx.ref.end);
  if (story.length === 0 && ctx.mentions.length === 0 && !movesOn(sentence) && !setsOwnTime(sentence)) return;
  // "contained the fire on Wednesday after three days of strong winds": the report goes on from the day, not the
  // stretch before it.
  state.previous = [...story].reverse().find((d) => !d.end) ?? story.at(-1);
  const point = [...story].reverse().find((d) => !d.end && !d.start.endsWith('_REF'));
  if (!point) return;
  state.lastPoint = point;
  const span = parseTimeValue(point.start);
  if (span && span.startMs <= endOfDayMs(published) && (state.storyMs === undefined || span.startMs > state.storyMs)) state.storyMs = span.startMs;
}

/**
 * Keeps the point a sentence dates for the intervals after it: its main clause's if it has one, else the last one of
 * any clause. Ranges and planned events give no point to count from.
 */
export function rememberLastDate(state: NarrativeState, found: readonly EventDraft[]): void {
  const points = found.filter((d) => !d.end && !d.ongoing && !d.plannedNoun && !d.start.endsWith('_REF'));
  const point = points.filter((d) => d.mainClause !== false).at(-1) ?? points.at(-1);
  if (!point) {
    if (found.some((d) => d.end || d.ongoing)) state.lastDated = null;
    return;
  }
  state.lastDated = point;
  state.recentDated = [...(state.recentDated ?? []).slice(1 - RECENT_POINTS), point];
}

/** Keeps the sentence just read for the next one's "then": only when it told the story's point (`told`). */
export function rememberSentence(state: NarrativeState, ctx: SentenceContext, told: boolean): void {
  if (told) state.toldBefore = ctx.ref.paragraphText.slice(ctx.ref.start, ctx.ref.end);
  else delete state.toldBefore;
}

/** Dates a sentence that has no date of its own but continues a dated story, by the first rule that applies. */
export function continueNarrative(ctx: SentenceContext, state: NarrativeState): EventDraft | Continuation | null {
  const sentence = ctx.ref.paragraphText.slice(ctx.ref.start, ctx.ref.end);
  for (const rule of NARRATIVE_RULES) {
    const draft = rule.apply(ctx, state, sentence);
    if (draft) return draft;
  }
  return null;
}
