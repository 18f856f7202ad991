import { categorize, CATEGORY_VERBS } from './categorize';
import { condenseTitle } from './condenseTitle';
import { findClause } from './findClause';
import { makeSpan } from './makeSpan';
import { readDuration, shiftDay, shiftMonthValue } from './shiftDate';
import type { EventDraft, SentenceRef } from './types';
import type { Mention } from '../../model/dataFile';
import { PRESENT_PERFECT } from './presentPerfect';

/** What the narrative has dated so far, as the builder walks the sentences in order. */
export interface NarrativeState {
  /** The latest event dated to a single point (day, month…), the time the story is at. */
  lastPoint?: EventDraft;
  /** The event of the sentence just before, if it had one. */
  previous?: EventDraft;
}

const SEQUENCE_ADVERB = /\b(?:then|later|afterwards|subsequently|within (?:minutes|hours)|the same day)\b/i;
const NOT_SEQUENCE = /\b(?:since|until|till|by|before|even|and)\s+then\b|\bthen\s+(?:president|prime|minister|leader|chief|secretary)\b/i;
const FUTURE_OR_CONDITIONAL = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ii]f)\b/;
const INHERITED = 'no date of its own';
// "In the first weeks of the war, …": a sentence that opens by setting its own time tells of another time.
const SETS_OWN_TIME = /^(?:In|During|Over|Throughout|Within|By|Before|After|Since|Until) the (?:first|early|opening|last|final|following|next|previous|past|coming|same|\w+ing) /;
const NAME_BEFORE = /([A-Z][\p{L}'’-]*)\s+$/u;

function inherit(from: EventDraft, source: NonNullable<ReturnType<typeof makeSpan>>, title: string, reason: string): EventDraft {
  const draft: EventDraft = {
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
  };
  return draft;
}

/** The date an interval moves a point to ("two weeks later" than 1994-02-05 → 1994-02-19), when precisions allow. */
function moveBy(point: EventDraft, interval: Mention, sign: 1 | -1): string | null {
  const duration = readDuration(interval.value);
  if (!duration) return null;
  if (point.granularity === 'day') return shiftDay(point.start, duration, sign);
  if (point.granularity === 'month' && (duration.unit === 'M' || duration.unit === 'Y') && Number.isInteger(duration.amount)) {
    return shiftMonthValue(point.start, sign * duration.amount * (duration.unit === 'Y' ? 12 : 1));
  }
  return null;
}

/**
 * Rule: "The Russian leader then moved to …" — a sequence adverb keeps the story at the date it had reached;
 * "Two weeks later, NATO issued …" moves it on by the interval (an approximate date).
 */
function continueSequence(ref: SentenceRef, state: NarrativeState, mentions: readonly Mention[]): EventDraft | null {
  const sentence = ref.paragraphText.slice(ref.start, ref.end);
  const adverb = SEQUENCE_ADVERB.exec(sentence);
  const point = state.lastPoint;
  if (!adverb || !point || NOT_SEQUENCE.test(sentence) || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
  const at = ref.start + adverb.index;
  const clause = findClause(ref.paragraphText, ref.start, ref.end, at);
  const source = makeSpan(ref.paragraph, ref.paragraphText, clause.start, clause.end);
  if (!source) return null;
  const interval = mentions.find((m) => m.type === 'DURATION' && /^\s*$/.test(ref.paragraphText.slice(m.end, at)));
  const moved = interval && /^(?:later|earlier)$/i.test(adverb[0]) ? moveBy(point, interval, /^later$/i.test(adverb[0]) ? 1 : -1) : null;
  if (interval && moved) {
    const cut = [{ start: interval.start - clause.start, end: at + adverb[0].length - clause.start }];
    const reason = `"${interval.text} ${adverb[0]}" than ${point.start} ("${point.sources[0]!.text}") → about ${moved}`;
    const draft = inherit(point, source, condenseTitle(source.text, cut), reason);
    return { ...draft, start: moved, approximate: true, mentions: [interval.id, ...point.mentions] };
  }
  const reason = `${INHERITED}; "${adverb[0]}" continues the story at ${point.start} ("${point.sources[0]!.text}")`;
  return inherit(point, source, condenseTitle(source.text), reason);
}

/** Rule: "A video … showed Putin visiting …" right after a dated visit — the same kind of action, the same date. */
function continueElaboration(ref: SentenceRef, state: NarrativeState): EventDraft | null {
  const previous = state.previous;
  const verb = previous ? CATEGORY_VERBS[previous.category] : undefined;
  if (!previous || !verb || previous.end || previous.start.endsWith('_REF')) return null;
  const sentence = ref.paragraphText.slice(ref.start, ref.end);
  const hit = verb.exec(sentence);
  if (!hit || FUTURE_OR_CONDITIONAL.test(sentence) || SETS_OWN_TIME.test(sentence)) return null;
  const at = ref.start + hit.index;
  const clause = findClause(ref.paragraphText, ref.start, ref.end, at);
  const name = NAME_BEFORE.exec(ref.paragraphText.slice(clause.start, at));
  const from = name ? clause.start + name.index : clause.start;
  const source = makeSpan(ref.paragraph, ref.paragraphText, from, clause.end);
  if (!source) return null;
  const reason = `${INHERITED}; "${hit[0]}" right after "${previous.sources[0]!.text}" tells more of the same ${previous.category}, dated ${previous.start}`;
  return inherit(previous, source, condenseTitle(source.text), reason);
}

const FOR_BEFORE = /\bfor\s+(?:(almost|nearly|about|around|roughly|some|more than|over|less than)\s+)?$/i;

/** Rule: "For almost four years, residents lived under shelling" — a stretch that starts where the story is. */
function continueForInterval(ref: SentenceRef, state: NarrativeState, mentions: readonly Mention[]): EventDraft | null {
  const point = state.lastPoint;
  const sentence = ref.paragraphText.slice(ref.start, ref.end);
  if (!point || PRESENT_PERFECT.test(sentence) || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
  for (const interval of mentions.filter((m) => m.type === 'DURATION')) {
    const lead = FOR_BEFORE.exec(ref.paragraphText.slice(ref.start, interval.start));
    const end = lead ? moveBy(point, interval, 1) : null;
    if (!lead || !end) continue;
    const clause = findClause(ref.paragraphText, ref.start, ref.end, interval.start);
    const source = makeSpan(ref.paragraph, ref.paragraphText, clause.start, clause.end);
    if (!source) return null;
    const cut = [{ start: interval.start - clause.start, end: interval.end - clause.start }];
    const hedge = lead[1]?.toLowerCase();
    const reason = `"for ${hedge ? `${hedge} ` : ''}${interval.text}" in the past, from where the story is, ${point.start} ("${point.sources[0]!.text}") → until ${hedge ? 'about ' : ''}${end}`;
    const draft = inherit(point, source, condenseTitle(source.text, cut), reason);
    return { ...draft, end, approximateEnd: hedge !== undefined, mentions: [interval.id, ...point.mentions] };
  }
  return null;
}

/**
 * Dates a sentence that has no date of its own but continues a dated story (news narrative keeps its reference
 * time until a new date appears): a stretch "for N years" from the story's date, a sequence adverb ("then",
 * "two weeks later") or an action of the same kind as the event of the
 * sentence just before ("visited … today." → "A video showed Putin visiting …"). Anything else stays undated.
 */
export function continueNarrative(ref: SentenceRef, state: NarrativeState, mentions: readonly Mention[] = []): EventDraft | null {
  return continueForInterval(ref, state, mentions) ?? continueElaboration(ref, state) ?? continueSequence(ref, state, mentions);
}
