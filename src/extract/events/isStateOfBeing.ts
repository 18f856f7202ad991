import type { Token } from './parse/parseSentence';
import { firstTokenFrom } from './title/clauseWords';

// Words that may stand between "be" and what it says the subject is ("is not", "were only", "is down 15").
const SKIPPED = new Set(['ADV', 'PART']);
// The same, whatever the tagger reads them as: a move of a figure ("was down 15 points") and the quotation marks of a
// quoted quality ('has been "atrocious"').
const SKIPPED_WORD = /^(?:up|down|off|["“”'‘’]|``|'')$/;
// "were $6.6 million in the quarter compared with $361.8 million": what follows "compared" is the yardstick.
const COMPARISON = /^(?:compared|versus|vs\.?)$/i;
const NAMING = new Set(['NOUN', 'PROPN', 'PRON']);
const IS_FIGURE = (t: Token) => t.pos === 'NUM' || t.pos === 'SYM' || /^[$€£¥\d]/.test(t.text);

/**
 * Whether a clause only says what something is, a figure or a quality, with "be" as its first verb and no other:
 * "Sales were $6.6 billion in 1989", "The index was down 15 points on Friday", "The roads are flat". Such a clause
 * describes a state at its date; nothing happens in it. A verb ("were killed", "rose"), "be" before an infinitive
 * ("were able to rescue"), a quality about something named ("was responsible for the decline"), or a date as what the
 * subject is ("The vote is on Tuesday") tell a happening.
 * `date` is where the date in question starts; `inDate` says whether a position lies inside any of the clause's dates.
 */
export function isStateOfBeing(tokens: readonly Token[], start: number, end: number, date: number, inDate: (position: number) => boolean): boolean {
  for (let i = firstTokenFrom(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!;
    // A word of a date is no verb of the clause, whatever the tagger made of it ("the year-earlier quarter").
    if (inDate(token.start)) continue;
    if (token.pos === 'VERB') return false;
    if (token.pos !== 'AUX' || token.lemma.toLowerCase() !== 'be') continue;
    let j = i + 1;
    while (j < tokens.length && (SKIPPED.has(tokens[j]!.pos) || SKIPPED_WORD.test(tokens[j]!.text))) j++;
    const predicate = tokens[j];
    if (!predicate || predicate.start >= end || inDate(predicate.start)) return false;
    if (!IS_FIGURE(predicate) && predicate.pos !== 'ADJ') return false;
    // The state runs to the next comma ("…, the company said on Monday" is a saying); it must hold the date and no
    // verb of its own ("were able to rescue 40 people").
    // A quality about something named ("was responsible for a decline") relates the subject to a happening.
    const quality = !IS_FIGURE(predicate);
    let k = j + 1;
    for (; k < tokens.length && tokens[k]!.start < end && tokens[k]!.text !== ','; k++) {
      const token = tokens[k]!;
      if (COMPARISON.test(token.text)) break;
      if (token.pos === 'VERB' || token.pos === 'AUX') return false;
      if (quality && NAMING.has(token.pos) && !inDate(token.start)) return false;
    }
    return date < (tokens[k]?.start ?? end);
  }
  return false;
}
