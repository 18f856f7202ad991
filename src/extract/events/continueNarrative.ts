import { categorize, CATEGORY_VERBS } from './categorize';
import { condenseTitle } from './condenseTitle';
import { findClause } from './findClause';
import { makeSpan } from './makeSpan';
import type { EventDraft, SentenceRef } from './types';

/** What the narrative has dated so far, as the builder walks the sentences in order. */
export interface NarrativeState {
  /** The latest event dated to a single point (day, month…), the time the story is at. */
  lastPoint?: EventDraft;
  /** The event of the sentence just before, if it had one. */
  previous?: EventDraft;
}

const SEQUENCE_ADVERB = /\b(?:then|later|afterwards|subsequently)\b/i;
const NOT_SEQUENCE = /\b(?:since|until|till|by|before|even|and)\s+then\b|\bthen\s+(?:president|prime|minister|leader|chief|secretary)\b/i;
const FUTURE_OR_CONDITIONAL = /\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ii]f)\b/;
const INHERITED = 'no date of its own';
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

/** Rule: "The Russian leader then moved to …" — a sequence adverb keeps the story at the date it had reached. */
function continueSequence(ref: SentenceRef, state: NarrativeState): EventDraft | null {
  const sentence = ref.paragraphText.slice(ref.start, ref.end);
  const adverb = SEQUENCE_ADVERB.exec(sentence);
  const point = state.lastPoint;
  if (!adverb || !point || NOT_SEQUENCE.test(sentence) || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
  const clause = findClause(ref.paragraphText, ref.start, ref.end, ref.start + adverb.index);
  const source = makeSpan(ref.paragraph, ref.paragraphText, clause.start, clause.end);
  if (!source) return null;
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
  if (!hit || FUTURE_OR_CONDITIONAL.test(sentence)) return null;
  const at = ref.start + hit.index;
  const clause = findClause(ref.paragraphText, ref.start, ref.end, at);
  const name = NAME_BEFORE.exec(ref.paragraphText.slice(clause.start, at));
  const from = name ? clause.start + name.index : clause.start;
  const source = makeSpan(ref.paragraph, ref.paragraphText, from, clause.end);
  if (!source) return null;
  const reason = `${INHERITED}; "${hit[0]}" right after "${previous.sources[0]!.text}" tells more of the same ${previous.category}, dated ${previous.start}`;
  return inherit(previous, source, condenseTitle(source.text), reason);
}

/**
 * Dates a sentence that has no date of its own but continues a dated story (news narrative keeps its reference
 * time until a new date appears): a sequence adverb ("then") or an action of the same kind as the event of the
 * sentence just before ("visited … today." → "A video showed Putin visiting …"). Anything else stays undated.
 */
export function continueNarrative(ref: SentenceRef, state: NarrativeState): EventDraft | null {
  return continueElaboration(ref, state) ?? continueSequence(ref, state);
}
