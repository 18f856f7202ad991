import type { Token } from '../parse/parseSentence';
import type { ClauseWord } from './clauseWords';
import { joinTokens, MAX_SUBJECT_WORDS, SPEECH } from './predicateParts';

// The nouns a relative clause leans on: the one its verb takes as object, the one its "that" subject stands for.

/**
 * The noun a relative clause's verb takes as its object, standing before "that"/"which"/"whom" ("the anger that the
 * plan caused"). Without a relative word ("the level we saw", "at the same time it reported") a noun before a
 * subject is as often a phrase of time, so it is left alone.
 */
export function relativeAntecedent(words: readonly ClauseWord[], subjectAt: number): Token[] {
  if (!/^(?:that|which|whom)$/i.test(words[subjectAt - 1]!.token.text)) return [];
  // "the sultan, with whom the king met": the verb takes the noun with its preposition ("meets with sultan").
  const preposition = words[subjectAt - 2]?.token;
  if (preposition?.pos === 'ADP') {
    const before = words[subjectAt - 3]?.token.text === ',' ? subjectAt - 4 : subjectAt - 3;
    const noun = nounPhraseEndingAt(words, before);
    return noun.length ? [preposition, ...noun] : [];
  }
  const noun = nounPhraseEndingAt(words, subjectAt - 2);
  // "told reporters that a tunnel could be finished": after a verb of saying and its listeners, "that" starts what was
  // said.
  const verb = words[subjectAt - 2 - noun.length]?.token;
  return verb && SPEECH.has(verb.lemma) ? [] : noun;
}

/** The noun phrase (modifiers and nouns) whose last noun is at `end` ("sharp gains"), or none when no noun is there. */
export function nounPhraseEndingAt(words: readonly ClauseWord[], end: number): Token[] {
  const noun = words[end]?.token;
  if (!noun || !(noun.pos === 'NOUN' || noun.pos === 'PROPN')) return [];
  let start = end;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[start - 1]!.token.pos)) start--;
  return words.slice(start, end + 1).map((w) => w.token);
}

/** The noun run ending right before `at` ("asset sales" of "asset sales that shrank"), articles left out, if any. */
export function nounRunBefore(words: readonly ClauseWord[], at: number): string | undefined {
  const last = words[at - 1]?.token;
  if (!last || !(last.pos === 'NOUN' || last.pos === 'PROPN')) return undefined;
  let start = at - 1;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[start - 1]!.token.pos) && start > at - MAX_SUBJECT_WORDS) start--;
  return joinTokens(words.slice(start, at).map((w) => w.token));
}
