import { isKnownWord, type Token } from '../parse/parseSentence';
import { notArticle, isBreak, isVerb, type ClauseWord, type VerbGroup } from './clauseWords';
import { joinTokens, limit } from './predicateParts';

// What a headline adds after its predicate: the participle phrase of a verb with no object, and who said it.

/**
 * A verb with no object ("Volcano erupts") goes on with the participle phrase that tells what it did, in the same
 * clause: "A volcano erupted on Sunday, killing three hikers" → "Volcano erupts, killing three hikers".
 */
export function lengthen(text: string, words: readonly ClauseWord[], group: VerbGroup): string {
  const count = text.split(' ').length;
  if (count > 2) return text;
  const comma = words.findIndex((w, i) => i >= group.to && w.token.text === ',');
  const participle = words[comma + 1]?.token;
  // "according to …" names a source, not what was done.
  if (comma < 0 || !participle || !isVerb(participle) || !/ing$/.test(participle.text) || participle.lemma === 'accord') return text;
  const phrase: Token[] = [];
  for (let i = comma + 1; i < words.length && !isBreak(words[i]!.token) && !(i > comma + 1 && words[i]!.afterGap); i++) phrase.push(words[i]!.token);
  const object = phrase.filter(notArticle);
  const kept = limit([...text.split(' ').map(() => ''), ...object.map((t) => t.text)], [...text.split(' ').map(() => null), ...object]);
  const tail = object.slice(0, kept.length - count);
  return tail.length > 1 ? `${text}, ${joinTokens(tail)}` : text;
}

/** "the airline announces" after a statement: lower-case, unless its first word is a name ("Cuba predicts"). */
export function attribution(words: readonly ClauseWord[], text: string): string {
  const first = text.split(' ')[0];
  // A capitalised first word of the sentence is a name only when the model does not know it as a word ("Vogt").
  // (A speaker from an earlier sentence, "She" → "Keller", is not among the words: a capitalised unknown word is a name.)
  const named = words.some((w, i) => w.token.text === first && w.token.pos === 'PROPN' && (i > 0 || !isKnownWord(w.token.text)))
    || (first !== undefined && /^[A-Z]/.test(first) && !words.some((w) => w.token.text === first) && !isKnownWord(first.toLowerCase()));
  return named ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
