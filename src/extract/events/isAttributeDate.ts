import type { Mention } from '../../model/dataFile';
import type { Token } from './parse/parseSentence';
import { firstTokenFrom } from './title/clauseWords';

// Words that make the phrase a clause (or an adverbial) rather than something said of a noun.
const CLAUSE_POS = new Set(['VERB', 'AUX', 'SCONJ', 'PRON', 'CCONJ', 'ADP']);
// The adjective leads straight into its date ("due March 15", "effective Feb. 1"); more words make another phrase.
const MAX_WORDS_BEFORE = 2;
// The longest phrase read after the date; a longer one is a clause of its own.
const MAX_WORDS_AFTER = 6;
// After the date a prepositional phrase still describes the noun ("payable Dec. 1 to stock of record Nov. 10").
const PHRASE_AFTER_POS = new Set(['ADP', 'PART']);
const isComma = (t: Token) => t.text === ',';

/**
 * Whether a date only describes a noun, in an adjectival phrase set off by commas with no verb in it: "The bonds,
 * due March 15, 2031, were sold …", "the notes, payable Dec. 15, …", "a dividend, payable Dec. 1 to stock of record
 * Nov. 10". The date is an attribute of the thing, not a
 * happening; a verb in the phrase ("The bonds, issued in 2001, …") makes it a reduced clause that tells one, and an
 * opening preposition ("Police, on Monday, arrested …") makes it the date of the sentence's own verb.
 */
export function isAttributeDate(mention: Mention, tokens: readonly Token[]): boolean {
  const first = firstTokenFrom(tokens, mention.start);
  let i = first - 1;
  for (let words = 0; i >= 0 && !isComma(tokens[i]!); i--, words++) {
    if (words >= MAX_WORDS_BEFORE || CLAUSE_POS.has(tokens[i]!.pos) || tokens[i]!.pos === 'PUNCT') return false;
  }
  // An adjectival phrase: "Police, on Monday, arrested …" (an adverbial) and "Nairobi, Kenya Friday" (a place) are not.
  const opener = tokens[i + 1];
  const noun = tokens[i - 1];
  if (i < 0 || i + 1 >= first || opener?.pos !== 'ADJ') return false;
  // What the phrase describes ends the words before the comma: a noun, or a word read as an adjective or a figure
  // ("a split of the common, payable Dec. 7", "five cents a share, payable …").
  if (!noun || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(noun.pos)) return false;
  let j = first;
  while (j < tokens.length && tokens[j]!.start < mention.end) j++;
  for (let words = 0; j < tokens.length && !isComma(tokens[j]!); j++, words++) {
    const token = tokens[j]!;
    // The phrase may close the sentence ("He bought the bonds, due March 15, 2031.").
    if (token.pos === 'PUNCT' && /^[.!?]$/.test(token.text) && j === tokens.length - 1) return true;
    // "to stock of record": a word between "to" and "of" is a noun, whatever the tagger made of it.
    const ofNoun = tokens[j - 1]?.text.toLowerCase() === 'to' && tokens[j + 1]?.text.toLowerCase() === 'of';
    if (words >= MAX_WORDS_AFTER || (CLAUSE_POS.has(token.pos) && !PHRASE_AFTER_POS.has(token.pos) && !ofNoun) || token.pos === 'PUNCT') return false;
  }
  // Closed by a comma, or by the end of the sentence.
  return true;
}
