import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { draftClause, draftFromDuration, draftRange } from './draftEvent';
import { draftNamedEvent } from './draftNamedEvent';
import { isAttributeDate } from './isAttributeDate';
import { isDated } from './isDated';
import { isInWorkTitle } from './isInWorkTitle';
import { isStateOfBeing } from './isStateOfBeing';
import { isYardstick } from './isYardstick';
import { NEGATIVE_SUBJECT, negatedAfterOpening, negatedBefore } from './readNegation';
import { actsBeforeToday, subjectBeforeToday, tellsTheDay } from './readToday';
import { moveValue } from './shiftDate';
import { isLeadDatelineDate } from '../segment/readDateline';
import { detectTense } from '../tag/tense';
import type { SentenceContext } from './sentenceContext';
import { firstTokenFrom } from './title/clauseWords';
import type { Token } from './parse/parseSentence';
import type { EventDraft } from './types';

/** A rule's answer that the mention dates no event at all (a comparison, a bound, a generic "today"). */
export const NO_EVENT = Symbol('no event');

/** One rule for one temporal mention: an event, NO_EVENT, or undefined when the case is not this rule's. */
export interface MentionRule {
  name: string;
  /** What this rule rules out tells no time of the story's own (a yardstick): the sentence may still go on with it. */
  keepsStoryTime?: boolean;
  /**
   * What this rule rules out is no date of anything told (a yardstick, a name, a misreading, the day a report came):
   * a "when" clause after it tells nothing at it either. A bound or a state rules out only its own clause: "until
   * early 1990, when each bank will adopt the name" still dates the adoption.
   */
  notADate?: boolean;
  apply(mention: Mention, ctx: SentenceContext): EventDraft | typeof NO_EVENT | undefined;
}

// Only the words just around a mention are read, so a sentence with thousands of dates stays linear.
const before = (m: Mention, ctx: SentenceContext, chars = 40) => ctx.ref.paragraphText.slice(Math.max(ctx.ref.start, m.start - chars), m.start);
const after = (m: Mention, ctx: SentenceContext, chars = 40) => ctx.ref.paragraphText.slice(m.end, Math.min(ctx.ref.end, m.end + chars));

const COMPARED_BEFORE = /\b(?:than|compared\s(?:with|to)|versus|vs\.?)\s(?:(?:in|on|at|during|for|the\ssame\s\w+\s)\s?)?$/i;
const COMPARED_AFTER = /^\s?(?:(?:earlier|later|sooner|ago)\s)?than\b/i;
const GENERIC_NOW = /^(?:today|now|nowadays|these days|currently|at present|at the moment)$/i;
// "until at least Friday" is as much a bound as "until Friday".
const BOUND_BEFORE = /\b(?:until|till|up\sto|up\suntil)\s(?:at\s(?:least|the\s(?:earliest|latest))\s)?$/i;
const SINCE_BEFORE = /\bsince\s$/i;
const LATER_OR_EARLIER = /^\s(later|earlier)\b/i;
const UNTIL_BEFORE = /\b(?:until|till)\s(?:\w+\s){0,3}$/i;
// A month or a season: what recurs every year. "each July", "every spring": one of many.
const RECURRING_VALUE = /^\d{4}-(?:\d{2}|SP|SU|FA|AU|WI)$/;
const EVERY_BEFORE = /\b(?:each|every)\s$/i;
const HABIT_WORD = /\b(?:usually|traditionally|normally|generally|typically|customarily|regularly|always|annually)\b/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s$/i;
const PERIOD_ENDED_BEFORE = /\b(?:quarter|year|half|months|weeks|period|season)\s(?:that\s)?(?:ended|ending|ends)\s(?:on\s)?$/i;
// "according to a news agency report Friday": the date of the report, which tells when it was said, not done.
const ATTRIBUTION_BEFORE = /\baccording\sto\s(?:[\p{L}\d'’.-]+\s){1,6}(?:on\s)?$/iu;
// "holders of record Nov. 10", "the record date is Nov. 9": the day a register is read, which says who is paid.
const RECORD_DATE_BEFORE = /\b(?:of\srecord|record\sdate\s(?:is|was|will\sbe|of))\s(?:on\s|as\sof\s)?$/i;
const AS_OF_BEFORE = /\bas\sof\s$/i;
const HOLIDAY_NAME = /\b(?:Easter|Christmas|Ramadan|Eid|Hanukkah|Passover|Diwali|Thanksgiving|New Year'?s?|Lent|Pentecost|Halloween|Nowruz|Yom Kippur|Rosh Hashanah|[A-Z][a-z]+ Day)\b/;

/** Whether the clause has "had" + participle before the position ("Kopp had been arrested … since 1990"). */
function hasPastPerfect(ctx: SentenceContext, clause: { start: number }, position: number): boolean {
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, clause.start); i + 1 < tokens.length && tokens[i + 1]!.start < position; i++) {
    if (/^had$/i.test(tokens[i]!.text) && tokens[i]!.pos === 'AUX' && /^(?:VERB|AUX)$/.test(tokens[i + 1]!.pos)) return true;
  }
  return false;
}

/** Where "has" or "have" + participle stands after the position ("… have been murdered"), if not negated; else -1. */
function presentPerfectAfter(ctx: SentenceContext, clause: { end: number }, position: number): number {
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, position); i + 1 < tokens.length && tokens[i + 1]!.start < clause.end; i++) {
    if (!/^(?:has|have|'ve)$/i.test(tokens[i]!.text) || tokens[i]!.pos !== 'AUX') continue;
    const next = tokens[i + 1]!;
    if (/^(?:not|n't|never)$/i.test(next.text)) return -1;
    if (/^(?:VERB|AUX)$/.test(next.pos) && /(?:ed|en|wn|ne|t)$/i.test(next.text)) return tokens[i]!.start;
  }
  return -1;
}

/** Whether the words at [start, end) stand between a determiner and its noun ("the 2013–14 season"). */
function premodifiesNoun(start: number, end: number, tokens: readonly Token[]): boolean {
  const first = firstTokenFrom(tokens, start);
  let next = first;
  while (next < tokens.length && tokens[next]!.start < end) next++;
  return tokens[first - 1]?.pos === 'DET' && tokens[next]?.pos === 'NOUN';
}

const endOfDay = (day: string) => Date.parse(`${day}T23:59:59Z`);

// A date that names its year, or counts from the writing ("next year", "this summer"), is never misread by tense;
// "the next day" counts from the story's last date and may be.
const GIVES_ITS_YEAR = /\d{4}|'\d\d|\b(?:(?<!the\s)next|this|last|coming|ago|tomorrow|tonight|today)\b/i;

/** Whether the verb nearest before the mention is an infinitive ("agreed to buy the bank in January"): its time is its own. */
function inInfinitive(m: Mention, ctx: SentenceContext): boolean {
  const tokens = ctx.tokens();
  const clause = ctx.clauseAt(m.start);
  for (let i = firstTokenFrom(tokens, m.start) - 1; i > 0 && tokens[i]!.start >= clause.start; i--) {
    if (tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX') continue;
    return /^to$/i.test(tokens[i - 1]!.text);
  }
  return false;
}

/**
 * The rules for one mention, tried in order; the first that answers decides. The dateline first: its date is when the
 * story was filed, no part of any clause, whatever follows it. Then ranges: both ends of "from 2019
 * to 2021" belong to one event whatever words surround them. Then the exclusions, since a comparison or a bound
 * holds a real date that a later rule would gladly make an event of (a date describing a noun, the end day of a dated
 * period among them); then the
 * special readings of a date (an event named by a noun, a holiday, "since") before a state of being ("since" makes
 * "has been independent since 1901" a stretch) and the general one, its clause's event; durations last, as they date
 * an event only when anchored.
 */
export const MENTION_RULES: readonly MentionRule[] = [
  {
    // "PORTVILLE, March 3 (Wire) - The bridge will reopen on Friday": the story was filed on March 3, nothing happened then.
    name: 'the date of the dateline that opens the story dates nothing',
    notADate: true,
    keepsStoryTime: true,
    apply: (m, ctx) => (ctx.ref.opensStory && isLeadDatelineDate(ctx.ref.paragraphText, m.start, m.end) ? NO_EVENT : undefined),
  },
  { name: 'the second end of a range is part of its range', apply: (m, ctx) => (ctx.rangeEnds.has(m) ? NO_EVENT : undefined) },
  {
    // "The 2013–14 season ended in May 2014", "The 2019-20 budget was passed on Monday": the years say which season or
    // budget it is; the clause's own date says when it happened. Without one, the stretch dates its clause.
    name: 'a stretch that names which one a noun is ("the 2013–14 season") dates nothing beside the clause\'s own date',
    keepsStoryTime: true,
    apply: (m, ctx) => {
      const last = ctx.ranges.get(m);
      if (!last || !premodifiesNoun(m.start, last.end, ctx.tokens())) return undefined;
      const clause = ctx.clauseAt(m.start);
      return ctx.mentionsIn(clause.start, clause.end).some((other) => other !== m && other !== last && isDated(other)) ? NO_EVENT : undefined;
    },
  },
  { name: 'two dates that bound one stretch make one ranged event', apply: (m, ctx) => { const end = ctx.ranges.get(m); return end ? (draftRange(ctx, m, end) ?? NO_EVENT) : undefined; } },
  {
    // `said on ABC's "This Week With David Brinkley"`: a word of time in the name of a programme or a book is a name.
    name: 'a date inside the quoted name of a work ("This Week With David Brinkley") dates nothing',
    notADate: true,
    keepsStoryTime: true,
    apply: (m, ctx) => (isInWorkTitle(m, ctx.ref.paragraphText, ctx.ref.start, ctx.ref.end) ? NO_EVENT : undefined),
  },
  {
    // "The mayor has allocated funds for a museum, according to a news agency report Friday": the report came on
    // Friday; when the funds were allocated is not said.
    name: 'the date of an attribution ("according to a report Friday") dates the report, no event of the clause',
    notADate: true,
    apply: (m, ctx) => (ATTRIBUTION_BEFORE.test(before(m, ctx, 60)) ? NO_EVENT : undefined),
  },
  {
    // "a month earlier than usual", "than in 2019", "up 5% from a year ago": a yardstick, not an event.
    name: 'a comparison dates nothing',
    notADate: true,
    keepsStoryTime: true,
    apply: (m, ctx) => (COMPARED_BEFORE.test(before(m, ctx)) || COMPARED_AFTER.test(after(m, ctx)) || isYardstick(m, ctx.tokens()) ? NO_EVENT : undefined),
  },
  {
    // "Today the city is home to …": a present-tense "today" or "now" speaks of the world, not of a day; but
    // "Helicopters are flying over the valley today", "Saddam today sought peace" or "we today accept the
    // guarantee" tells what the day brought.
    name: 'a generic "today" dates nothing',
    notADate: true,
    apply: (m, ctx) => {
      if (!GENERIC_NOW.test(m.text.trim())) return undefined;
      const clause = ctx.clauseAt(m.start);
      const tense = ctx.tenseAt(clause, m.start);
      if (tense !== 'present' && tense !== 'none') return undefined;
      if (!/^today$/i.test(m.text.trim())) return NO_EVENT;
      // "Today is a sad day for …": what the day is, whatever verbs the rest of the sentence holds.
      if (/^,?\s(?:is|'s|are)\b/i.test(after(m, ctx, 6))) return NO_EVENT;
      // The clause is told from the subject on: "… that we today accept the guarantee" is what "today" dates.
      const subject = subjectBeforeToday(m, ctx);
      if (subject !== undefined) return draftClause(ctx, m, { ...clause, start: Math.max(clause.start, subject) }, [...m.trace]) ?? NO_EVENT;
      return tellsTheDay(ctx, clause) || actsBeforeToday(m, ctx, clause) ? undefined : NO_EVENT;
    },
  },
  {
    // "was occupied until April 1940" bounds a state; "did not fall until 9 July" dates the fall (read later).
    name: 'an end bound is no point event',
    apply: (m, ctx) => (!ctx.ranges.has(m) && BOUND_BEFORE.test(before(m, ctx)) && !negatedBefore(m, ctx) ? NO_EVENT : undefined),
  },
  {
    // "The bonds, due March 15, 2031, were sold on Monday": the due date says what the bonds are, not what happened.
    name: 'a date that describes a noun dates nothing',
    notADate: true,
    keepsStoryTime: true,
    apply: (m, ctx) => (isDated(m) && isAttributeDate(m, ctx.tokens()) ? NO_EVENT : undefined),
  },
  {
    // "payable Dec. 1 to shareholders of record Nov. 10": the record date names whose shares are paid, no happening.
    name: 'a record date ("stock of record Nov. 10") dates nothing',
    notADate: true,
    keepsStoryTime: true,
    apply: (m, ctx) => (isDated(m) && RECORD_DATE_BEFORE.test(before(m, ctx)) ? NO_EVENT : undefined),
  },
  {
    // "profit rose in the fourth quarter ended Sept. 30": the end day is part of the quarter's date, one event.
    name: 'the end day of a dated period ("the quarter ended Sept. 30") is part of that period',
    apply: (m, ctx) => {
      if (!isDated(m) || !PERIOD_ENDED_BEFORE.test(before(m, ctx, 50))) return undefined;
      const clause = ctx.clauseAt(m.start);
      return ctx.mentionsIn(clause.start, m.start).some((other) => other !== m && isDated(other)) ? NO_EVENT : undefined;
    },
  },
  { name: '"after the massacre at Srebrenica in July" dates the named event', apply: (m, ctx) => (isDated(m) ? (draftNamedEvent(ctx.ref, m) ?? undefined) : undefined) },
  {
    // "Soldiers marked Orthodox Christmas", "congratulated the troops on Easter": what was done was done for the holiday.
    // "was found on Christmas Day", "Easter week began": the holiday is only the day of what the clause tells.
    name: 'a holiday that the clause acts on is its own event, named by itself',
    apply: (m, ctx) => {
      if (!isDated(m) || !HOLIDAY_NAME.test(m.text)) return undefined;
      const clause = ctx.clauseAt(m.start);
      const headline = ctx.headlineOf(clause, m.start);
      const draft = draftClause(ctx, m, clause, [...m.trace]);
      if (!draft) return NO_EVENT;
      return headline?.hasObject && !headline.passive ? { ...draft, title: m.text, category: 'holiday' } : { ...draft, category: 'holiday' };
    },
  },
  {
    // "has been under siege since 2014" runs up to now; "his second trip since March" counts and dates nothing.
    name: '"since" with a perfect verb is a stretch up to publication',
    apply: (m, ctx) => {
      if (!isDated(m) || !SINCE_BEFORE.test(before(m, ctx))) return undefined;
      const clause = ctx.clauseAt(m.start);
      const tense = ctx.tenseAt(clause, m.start);
      // "had been arrested in several states since 1990": up to the time of the report, which has ended by now.
      if (tense === 'past' && hasPastPerfect(ctx, clause, m.start)) {
        const draft = draftClause(ctx, m, clause, [...m.trace, `"since ${m.text}" with a past perfect verb: from ${m.value} up to about the time of the report, ${ctx.published}`]);
        return draft ? { ...draft, end: ctx.published, approximateEnd: true } : NO_EVENT;
      }
      // "Since 1993, three doctors, including Slepian, have been murdered": the perfect may stand past a participle
      // that the parse takes for the nearest verb.
      const perfect = tense === 'perfect' ? m.start : presentPerfectAfter(ctx, clause, m.end);
      if (perfect < 0) return NO_EVENT;
      // The title is read at the perfect verb, which the date belongs to.
      const draft = draftClause(ctx, { ...m, start: perfect }, clause, [...m.trace, `"since ${m.text}" with a present perfect verb: from ${m.value} up to publication, still going on`]);
      return draft ? { ...draft, end: ctx.published, ongoing: true } : NO_EVENT;
    },
  },
  {
    // "Sales were $6.6 billion in 1989", "In March the harbour was calm": a figure or a quality at a date. After
    // "since", which makes "has been independent since 1901" a stretch.
    name: 'a state of being dates nothing',
    apply: (m, ctx) => {
      if (!isDated(m)) return undefined;
      const clause = ctx.clauseAt(m.start);
      const dates = ctx.mentionsIn(clause.start, clause.end);
      const inDate = (position: number) => dates.some((d) => d.start <= position && position < d.end);
      // "Its ratio of equity to assets as of Sept. 30 was 3.6%": "as of" says the state after it was measured then.
      const from = AS_OF_BEFORE.test(before(m, ctx, 8)) ? m.end : clause.start;
      return isStateOfBeing(ctx.tokens(), from, clause.end, m.start, inDate) ? NO_EVENT : undefined;
    },
  },
  {
    // "The bands march each July", "Every year in May, pilgrims walk …", "Farmers usually plant in March": a habit, every such month or season, not
    // one of them. A bare month in the present alone is no sign: in news it is mostly a plan ("is expected in April").
    name: 'a habit ("each July", "every year in May") dates nothing',
    notADate: true,
    apply: (m, ctx) => {
      if (!isDated(m) || !RECURRING_VALUE.test(m.value)) return undefined;
      if (EVERY_BEFORE.test(before(m, ctx, 8))) return NO_EVENT;
      const clause = ctx.clauseAt(m.start);
      if (HABIT_WORD.test(ctx.ref.paragraphText.slice(clause.start, clause.end))) return NO_EVENT;
      return ctx.mentionsIn(clause.start, clause.end).some((other) => other.type === 'SET') ? NO_EVENT : undefined;
    },
  },
  {
    // The tagger resolves a bare "April 9" by tense; a past verb with a date after publication is a misreading,
    // unless the words nearest the date point forward ("planned to leave on Thursday", "payable Dec. 15", "set to
    // expire Nov. 6"), which the tagger read on purpose: the plan was made in the past, its date is still to come.
    name: 'a past-tense event is never after publication',
    notADate: true,
    apply: (m, ctx) => {
      const span = isDated(m) ? parseTimeValue(m.value) : null;
      if (!span || span.startMs <= endOfDay(ctx.published)) return undefined;
      if (GIVES_ITS_YEAR.test(m.text) || detectTense(ctx.ref.paragraphText, m.start, m.end) === 'future' || inInfinitive(m, ctx)) return undefined;
      return ctx.tenseAt(ctx.clauseAt(m.start), m.start) === 'past' ? NO_EVENT : undefined;
    },
  },
  {
    // "The minister did not resign in March", "As of Wednesday, he still had not signed", "Neither he nor his parents
    // could be located Wednesday": nothing happened at the date.
    // "did not fall until 9 July" dates the fall.
    name: 'a negated happening dates nothing',
    apply: (m, ctx) => {
      // "is not aimed at the August 7 bombings": a date inside a noun phrase dates the noun, not the negated verb.
      if (!isDated(m) || UNTIL_BEFORE.test(before(m, ctx, 30)) || DETERMINER_BEFORE.test(before(m, ctx, 8)) || /^['’]s\b/.test(after(m, ctx, 3))) return undefined;
      const clause = ctx.clauseAt(m.start);
      // Only the words since the last comma: "While there was no profit this year, last year they earned …" is not negated.
      const lead = ctx.ref.paragraphText.slice(Math.max(clause.start, m.start - 120), m.start).split(/[,;]\s/).at(-1)!;
      return ctx.negatedAt(clause, m.start) || negatedAfterOpening(m, ctx) || NEGATIVE_SUBJECT.test(lead) ? NO_EVENT : undefined;
    },
  },
  { name: 'a date dates its own clause', apply: (m, ctx) => (isDated(m) ? (draftClause(ctx, m, ctx.clauseAt(m.start), [...m.trace]) ?? NO_EVENT) : undefined) },
  {
    // "The miners walked out on 5 November, and two days later the union called off the strike": its own clause, counted
    // from the date before it in the sentence, at no finer precision than that date.
    name: '"…, and two days later …" counts its clause from the date before it',
    apply: (m, ctx) => {
      const how = m.type === 'DURATION' ? LATER_OR_EARLIER.exec(after(m, ctx, 10)) : null;
      if (!how) return undefined;
      const clause = ctx.clauseAt(m.start);
      const from = ctx.mentions.filter((other) => other.end <= clause.start && isDated(other)).at(-1);
      const granularity = from ? parseTimeValue(from.value)?.granularity : undefined;
      const moved = from && granularity ? moveValue(from.value, granularity, m.value, how[1]!.toLowerCase() === 'later' ? 1 : -1) : null;
      if (!from || !moved) return undefined;
      const draft = draftClause(ctx, { ...m, value: moved.value }, clause, [...m.trace, `"${m.text} ${how[1]}": from ${from.value} ("${from.text}") → about ${moved.value}`]);
      return draft ? { ...draft, approximate: true, mentions: [m.id, from.id] } : NO_EVENT;
    },
  },
  { name: 'an anchored duration is a range', apply: (m, ctx) => (m.type === 'DURATION' ? (draftFromDuration(ctx, m) ?? NO_EVENT) : undefined) },
];
