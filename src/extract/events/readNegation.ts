import type { Mention } from '../../model/dataFile';
import type { SentenceContext } from './sentenceContext';
import { firstTokenFrom } from './title/clauseWords';

// How a clause says that nothing happened at its date: a negated verb, a negative subject, a negated verb after an
// opening date.

/** Whether the clause around the mention is negated before it ("did not fall until 9 July"). */
export function negatedBefore(m: Mention, ctx: SentenceContext): boolean {
  const clause = ctx.clauseAt(m.start);
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, clause.start); i < tokens.length && tokens[i]!.end <= m.start; i++) {
    if (/^(?:not|n't|never)$/i.test(tokens[i]!.text)) return true;
  }
  return false;
}

// "Neither he nor his parents could be located Wednesday", "there was no word on Tuesday of any leads": nobody and
// nothing did it, though no verb is negated.
export const NEGATIVE_SUBJECT = /^\W*(?:neither|nobody|no\sone|none)\s|\bthere\s(?:is|was|were|are|has\sbeen|have\sbeen|had\sbeen)\sno\s/i;

// Words that may open a clause before its date without making a phrase of their own ("As of", "But on", "Late").
const OPENING_POS = new Set(['ADP', 'ADV', 'DET', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Whether the date opens its clause ("On Monday, the minister did not resign", "As of Wednesday evening, he still had
 * not signed") and the clause's verb after it is negated: the date is when nothing happened. A date inside a phrase
 * of its own ("With the election due this September, …") is not the negated verb's.
 */
export function negatedAfterOpening(m: Mention, ctx: SentenceContext): boolean {
  const clause = ctx.clauseAt(m.start);
  const tokens = ctx.tokens();
  for (let i = firstTokenFrom(tokens, clause.start); i < tokens.length && tokens[i]!.end <= m.start; i++) {
    if (!OPENING_POS.has(tokens[i]!.pos)) return false;
  }
  const verb = ctx.verbAt(clause, m.end);
  return verb !== undefined && verb.negated && verb.head.start >= m.end;
}
