import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { anchorDuration } from './anchorDuration';
import { categorize } from './categorize';
import type { Clause } from './findClause';
import { makeSpan } from './makeSpan';
import { isKnownWord } from './parse/parseSentence';
import type { SentenceContext } from './sentenceContext';
import { capitalise } from './title/buildTitle';
import { firstTokenFrom } from './title/clauseWords';
import type { EventDraft, SentenceRef } from './types';

/** The words an event quotes: its clause (with its undated second predicates), from the noun a relative clause describes when it has one. */
export function sourceOf(ref: SentenceRef, clause: Clause) {
  const from = clause.antecedent ? clause.antecedent.start : (clause.sourceStart ?? clause.start);
  return makeSpan(ref.paragraph, ref.paragraphText, from, clause.sourceEnd ?? clause.end);
}

// "early 2023", "late May", "mid-June": a part of the period the value names.
const PART_OF_PERIOD = /^(?:the\s)?(early|mid|late)(?:\s|-)/i;

/**
 * Says what a part-of-period qualifier became: the data file has no mark for "the early part of", so "early 2023" is
 * dated to the whole of 2023, never to a finer date the text does not give.
 */
function noteQualifier(mention: Mention): string[] {
  const part = PART_OF_PERIOD.exec(mention.text)?.[1]?.toLowerCase();
  if (!part) return [];
  const granularity = parseTimeValue(mention.value)?.granularity ?? 'period';
  return [`"${part}" names part of the ${granularity} ${mention.value}: dated to the whole ${granularity}, no finer than the text says`];
}

/** A draft dated by one mention: the clause's title, category and words. */
export function draftClause(ctx: SentenceContext, mention: Mention, clause: Clause, why: string[]): EventDraft | null {
  const title = ctx.titleOf(clause, mention.start);
  const source = sourceOf(ctx.ref, clause);
  if (!title || !source) return null;
  why = [...why, ...noteQualifier(mention)];
  return {
    title,
    start: mention.value,
    granularity: parseTimeValue(mention.value)!.granularity,
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    // The title may hold words from outside the quote (a shared subject): both tell the kind of event.
    category: categorize(`${title} ${source.text}`),
    sources: [source],
    mentions: [mention.id],
    why,
    mainClause: !clause.subordinate,
  };
}

/**
 * Whether the first word of a clause's title names someone or something ("before Mariupol captured"), so it keeps its
 * capital after "before"; "before city taken", "before firefighters contain" lower-case it. The parse says so, except
 * at the start of a sentence, where the tagger reads every capital as a name: there a word the model knows as a
 * common word is one. A word from outside the clause (a subject carried from an earlier sentence) is a name.
 */
function isProperNoun(ctx: SentenceContext, clause: Clause, word: string): boolean {
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, clause.start); i < tokens.length && tokens[i]!.start < clause.end; i++) {
    const token = tokens[i]!;
    if (token.text.toLowerCase() !== word.toLowerCase()) continue;
    if (token.pos !== 'PROPN') return false;
    const opensSentence = i === 0 || tokens[i - 1]!.pos === 'PUNCT';
    return !(opensSentence && isKnownWord(word));
  }
  return true;
}

/** A duration anchored to publication or to its clause's date ("for the past two weeks", "after two months of …"). */
export function draftFromDuration(ctx: SentenceContext, mention: Mention): EventDraft | null {
  const text = ctx.ref.paragraphText;
  const clause = ctx.clauseAt(mention.start);
  const anchorMention = ctx.mentionsIn(clause.start, clause.end).find((m) => m !== mention && (m.type === 'DATE' || m.type === 'TIME') && parseTimeValue(m.value));
  const range = anchorDuration({
    value: mention.value,
    text: mention.text,
    before: text.slice(Math.max(clause.start, mention.start - 60), mention.start),
    after: text.slice(mention.end, Math.min(clause.end, mention.end + 60)),
    perfect: ctx.tenseAt(clause, mention.start) === 'perfect',
    published: ctx.published,
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
    mainClause: !clause.subordinate,
  };
  if (range.ongoing || !anchorMention) {
    const title = ctx.titleOf(clause, mention.start);
    const source = sourceOf(ctx.ref, clause);
    if (!source || !title) return null;
    return { ...base, title, category: categorize(source.text), sources: [source], mentions: [mention.id] };
  }
  // "after two months of fierce fighting": the period itself is the event, named by its own words.
  const phrase = /^\s+of\s[^,;:.]{0,80}/.exec(text.slice(mention.end, clause.end));
  const source = makeSpan(ctx.ref.paragraph, text, mention.start, mention.end + (phrase?.[0].length ?? 0));
  if (!source) return null;
  const anchorTitle = ctx.titleOf(clause, anchorMention.start);
  const firstWord = anchorTitle?.split(' ')[0] ?? '';
  const lowered = anchorTitle && !isProperNoun(ctx, clause, firstWord) ? firstWord.toLowerCase() + anchorTitle.slice(firstWord.length) : anchorTitle;
  const title = capitalise(source.text) + (lowered ? ` before ${lowered}` : '');
  return { ...base, title, category: categorize(source.text), sources: [source], mentions: [mention.id, anchorMention.id] };
}

/** One event for a stretch named by its two ends, titled by its clause. */
export function draftRange(ctx: SentenceContext, first: Mention, last: Mention): EventDraft | null {
  const clause = ctx.clauseAt(first.start);
  const title = ctx.titleOf({ ...clause, end: Math.max(clause.end, last.end) }, first.start);
  const source = sourceOf(ctx.ref, { ...clause, end: Math.max(clause.end, last.end) });
  if (!source || !title) return null;
  return {
    title,
    start: first.value,
    end: last.value,
    granularity: parseTimeValue(first.value)!.granularity,
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    category: categorize(source.text),
    sources: [source],
    mentions: [first.id, last.id],
    why: [...first.trace, ...last.trace, `"${ctx.ref.paragraphText.slice(first.start, last.end)}" names the two ends of one stretch`],
    mainClause: !clause.subordinate,
  };
}
