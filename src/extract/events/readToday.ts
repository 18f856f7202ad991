import type { Mention } from '../../model/dataFile';
import type { SentenceContext } from './sentenceContext';
import { firstTokenFrom } from './title/clauseWords';

// How "today" reads: the day of what the clause tells, or a way of life (the generic "today" of the issue).

const BE_FORM = /^(?:is|are|am|was|were|'s|'re|'m)$/i;

/** Whether a clause has a verb in the past or in the progressive: it tells what happened or is happening, not what is. */
export function tellsTheDay(ctx: SentenceContext, clause: { start: number; end: number }): boolean {
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, clause.start); i < tokens.length && tokens[i]!.start < clause.end; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB') continue;
    const before = tokens[i - 1];
    const auxiliary = before && (before.pos === 'AUX' || before.pos === 'PART') ? before : undefined;
    if (/ing$/i.test(token.text) && auxiliary && BE_FORM.test(auxiliary.text)) return true;
    // A past form stands alone ("sought"); after an auxiliary it is a participle ("is based", "has taken").
    const lower = token.text.toLowerCase();
    if (!auxiliary && /ed$|[^aeiou]t$/.test(lower) && lower !== token.lemma.toLowerCase() && !/ing$|s$/.test(lower)) return true;
  }
  return false;
}

const GENERAL_QUANTITY = /^(?:many|most|all|some|few|every|each)$/i;

/**
 * Whether the clause's verb, before "today", acts on a particular thing ("they put up a giant cross today"): the act
 * is the day's. "Many people live in cities today" tells a way of life, and "Today, the firm makes a profit" sets the
 * day before a present habit.
 */
export function actsBeforeToday(m: Mention, ctx: SentenceContext, clause: { start: number }): boolean {
  const tokens = ctx.tokens();
  const today = firstTokenFrom(tokens, m.start);
  for (let i = firstTokenFrom(tokens, clause.start); i < today; i++) {
    const token = tokens[i]!;
    // "Many firms make a profit today": a subject counted in general is a habit's.
    if (GENERAL_QUANTITY.test(token.text)) return false;
    if (token.pos !== 'VERB' || /^(?:be|have)$/i.test(token.lemma)) continue;
    let j = i + 1;
    if (tokens[j] && /^(?:ADP|ADV|PART)$/.test(tokens[j]!.pos)) j++;
    return j < today && tokens[j]!.pos === 'DET';
  }
  return false;
}

/**
 * Where the subject starts when "today" stands between it and its verb, which acts on a particular thing ("that we
 * today accept the guarantee"): there "today" says on which day the act is done, as "Today the city is home to …" at
 * the head of a sentence does not.
 */
export function subjectBeforeToday(m: Mention, ctx: SentenceContext): number | undefined {
  const tokens = ctx.tokens();
  const at = firstTokenFrom(tokens, m.start);
  const subject = tokens[at - 1];
  const verb = tokens[at + 1];
  if (!subject || !verb || !/^(?:NOUN|PROPN|PRON)$/.test(subject.pos)) return undefined;
  // A particular thing done ("accept the guarantee"), not a way of life ("people today live in cities").
  const particular = tokens[at + 2]?.pos === 'DET';
  return verb.pos === 'VERB' && !/^(?:be|have)$/i.test(verb.lemma) && particular ? subject.start : undefined;
}
