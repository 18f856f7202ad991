import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { anchorDuration } from './anchorDuration';
import { categorize } from './categorize';
import { capitalise, condenseTitle, isPluralSubject, type CutRange } from './condenseTitle';
import { findClause, type Clause } from './findClause';
import { findPlannedEvents } from './findPlannedEvents';
import { draftNamedEvent } from './draftNamedEvent';
import { findRanges } from './findRanges';
import { isDated } from './isDated';
import { makeSpan } from './makeSpan';
import type { EventDraft, SentenceRef } from './types';
import { PRESENT_PERFECT } from './presentPerfect';
import { findBaseForm, inflectPresent } from './toPresentTense';

const PARTICIPLE_CLAUSE = /^(after|before|while|when|by)\s+([a-z]+ing)\s+/;
const HOLIDAY_NAME = /\b(?:Easter|Christmas|Ramadan|Eid|Hanukkah|Passover|Diwali|Thanksgiving|New Year'?s?|Lent|Pentecost|Halloween|Nowruz|Yom Kippur|Rosh Hashanah|[A-Z][a-z]+ Day)\b/;
const SINCE_BEFORE = /\bsince\s+$/i;


function cutsIn(clause: Clause, mentions: readonly Mention[], shift = 0): CutRange[] {
  return mentions
    .filter((m) => m.start >= clause.start && m.end <= clause.end)
    .map((m) => ({ start: m.start - clause.start + shift, end: m.end - clause.start + shift, duration: m.type === 'DURATION' }));
}

/** The clause as a title; a second predicate ("and will travel to Ankara") borrows the sentence's subject. */
function titleOf(clause: Clause, clauseText: string, mentions: readonly Mention[]): string {
  if (!clause.sharedSubject) return condenseTitle(clauseText, cutsIn(clause, mentions), clause.antecedent?.name);
  // "…, after raising it 11 times between …" → "The central bank raises it 11 times".
  const participle = PARTICIPLE_CLAUSE.exec(clauseText);
  const base = participle ? findBaseForm(participle[2]!) : null;
  const verb = base ? `${inflectPresent(base, isPluralSubject(clause.sharedSubject))} ` : '';
  const skipped = base ? participle![0].length : 0;
  const lead = `${clause.sharedSubject} ${verb}`;
  return condenseTitle(lead + clauseText.slice(skipped), cutsIn(clause, mentions, lead.length - skipped));
}

// "Fed holds rates steady, signals cuts later this year": a headline's second predicate after a comma.
const HEADLINE_PREDICATES = /^((?:[A-Z][\p{L}.'’-]*\s+){1,4}?)[a-z]+s\b[^,]*,\s+(?=[a-z]+s\s)/u;

/** The clause around a position; in a headline, each comma-joined predicate is a clause sharing the subject. */
function clauseAt(ref: SentenceRef, position: number): Clause {
  const predicates = ref.headline ? HEADLINE_PREDICATES.exec(ref.paragraphText.slice(ref.start, ref.end)) : null;
  if (!predicates) return findClause(ref.paragraphText, ref.start, ref.end, position);
  const secondStart = ref.start + predicates[0].length;
  if (position < secondStart) return { start: ref.start, end: ref.paragraphText.lastIndexOf(',', secondStart) };
  return { start: secondStart, end: ref.end, sharedSubject: predicates[1]!.trim() };
}

function sourceOf(ref: SentenceRef, clause: Clause) {
  const from = clause.antecedent ? clause.antecedent.start : clause.start;
  return makeSpan(ref.paragraph, ref.paragraphText, from, clause.end);
}

function draftDated(ref: SentenceRef, mention: Mention, mentions: readonly Mention[], published: string): EventDraft | null {
  const namedEvent = draftNamedEvent(ref, mention);
  if (namedEvent) return namedEvent;
  const text = ref.paragraphText;
  const clause = clauseAt(ref, mention.start);
  const clauseText = text.slice(clause.start, clause.end);
  const span = parseTimeValue(mention.value)!;
  const why = [...mention.trace];
  let end: string | undefined;
  let ongoing = false;
  if (SINCE_BEFORE.test(text.slice(ref.start, mention.start))) {
    // "since March" without a perfect verb counts something ("his second trip since March"); it dates nothing.
    if (!PRESENT_PERFECT.test(clauseText)) return null;
    end = published;
    ongoing = true;
    why.push(`"since ${mention.text}" with a present perfect verb: from ${mention.value} up to publication, still going on`);
  }
  const holiday = HOLIDAY_NAME.exec(mention.text);
  const source = holiday ? makeSpan(ref.paragraph, text, clause.start, clause.end) : sourceOf(ref, clause);
  if (!source) return null;
  const draft: EventDraft = {
    title: holiday ? mention.text : titleOf(clause, clauseText, mentions),
    start: mention.value,
    granularity: span.granularity,
    approximate: false,
    approximateEnd: false,
    ongoing,
    category: holiday ? 'holiday' : categorize(`${clause.sharedSubject ?? ''} ${clauseText}`),
    sources: [source],
    mentions: [mention.id],
    why,
  };
  if (end) draft.end = end;
  return draft;
}

function draftFromDuration(ref: SentenceRef, mention: Mention, mentions: readonly Mention[], published: string): EventDraft | null {
  const text = ref.paragraphText;
  const clause = clauseAt(ref, mention.start);
  const clauseText = text.slice(clause.start, clause.end);
  const anchorMention = mentions.find((m) => m !== mention && isDated(m) && m.start >= clause.start && m.end <= clause.end);
  const range = anchorDuration({
    value: mention.value,
    text: mention.text,
    before: text.slice(clause.start, mention.start),
    after: text.slice(mention.end, clause.end),
    clause: clauseText,
    published,
    ...(anchorMention ? { anchorValue: anchorMention.value } : {}),
  });
  if (!range) return null;
  const base = {
    start: range.start,
    end: range.end,
    granularity: range.granularity,
    approximate: range.approximate,
    approximateEnd: false,
    ongoing: range.ongoing,
    why: [...mention.trace, ...range.why],
  };
  if (range.ongoing || !anchorMention) {
    const source = sourceOf(ref, clause);
    if (!source) return null;
    const title = titleOf(clause, clauseText, mentions);
    return { ...base, title, category: categorize(clauseText), sources: [source], mentions: [mention.id] };
  }
  // "after two months of fierce fighting": the period itself is the event, named by its own words.
  const phrase = /^\s+of\s+[^,;:.]*/.exec(text.slice(mention.end, clause.end));
  const source = makeSpan(ref.paragraph, text, mention.start, mention.end + (phrase?.[0].length ?? 0));
  if (!source) return null;
  const anchorTitle = titleOf(clause, clauseText, mentions);
  const anchorPhrase = /^(?:The|A|An)\b/.test(anchorTitle) ? anchorTitle.charAt(0).toLowerCase() + anchorTitle.slice(1) : anchorTitle;
  const title = `${capitalise(source.text)} before ${anchorPhrase}`;
  return { ...base, title, category: categorize(source.text), sources: [source], mentions: [mention.id, anchorMention.id] };
}

/** One event for a stretch named by its two ends, titled by its clause. */
function draftRange(ref: SentenceRef, first: Mention, last: Mention, mentions: readonly Mention[]): EventDraft | null {
  const text = ref.paragraphText;
  const clause = clauseAt(ref, first.start);
  const clauseText = text.slice(clause.start, clause.end);
  const source = sourceOf(ref, { ...clause, end: Math.max(clause.end, last.end) });
  if (!source) return null;
  const granularity = parseTimeValue(first.value)!.granularity;
  return {
    title: titleOf(clause, clauseText, mentions),
    start: first.value,
    end: last.value,
    granularity,
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    category: categorize(clauseText),
    sources: [source],
    mentions: [first.id, last.id],
    why: [...first.trace, ...last.trace, `"${text.slice(first.start, last.end)}" names the two ends of one stretch`],
  };
}

function draftPlanned(ref: SentenceRef, published: string): EventDraft[] {
  return findPlannedEvents(ref.paragraphText, ref.start, ref.end).flatMap((planned) => {
    const source = makeSpan(ref.paragraph, ref.paragraphText, planned.start, planned.end);
    if (!source) return [];
    const owner = planned.subject ? `${planned.subject}'s ` : 'A ';
    const title = `${owner}${planned.nounPhrase}`;
    return [{
      title: capitalise(title),
      start: 'FUTURE_REF',
      granularity: 'day',
      approximate: false,
      approximateEnd: false,
      ongoing: false,
      category: categorize(planned.nounPhrase),
      sources: [source],
      mentions: [],
      why: [`"${planned.trigger}" + "${planned.nounPhrase}" in the present tense: planned, not yet begun`, `no date given → some day on or after publication ${published} (FUTURE_REF)`],
      plannedNoun: planned.noun,
    } satisfies EventDraft];
  });
}

/**
 * The events one sentence dates by itself: one per dated clause (a holiday is its own event, named by itself), one
 * per anchored duration, and one per planned event. `mentions` are those inside the sentence, offsets into the
 * paragraph.
 */
export function draftSentenceEvents(ref: SentenceRef, mentions: readonly Mention[], published: string): EventDraft[] {
  const drafts: EventDraft[] = [];
  const ranges = findRanges(ref.paragraphText, mentions);
  const ends = new Set(ranges.values());
  for (const mention of mentions) {
    if (ends.has(mention)) continue;
    const rangeEnd = ranges.get(mention);
    const draft = rangeEnd
      ? draftRange(ref, mention, rangeEnd, mentions)
      : isDated(mention)
        ? draftDated(ref, mention, mentions, published)
        : mention.type === 'DURATION'
          ? draftFromDuration(ref, mention, mentions, published)
          : null;
    if (draft) drafts.push(draft);
  }
  return [...drafts, ...draftPlanned(ref, published)];
}
