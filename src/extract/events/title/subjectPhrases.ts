import { commonNounLemma, type Token } from '../parse/parseSentence';
import { firstTokenFrom, isArticle, isAux, isNominal, isVerb, type ClauseWord } from './clauseWords';
import { shortenName } from './names';
import { joinTokens, MAX_SUBJECT_WORDS } from './predicateParts';
import type { TitleInput } from './buildTitle';

// Where a subject's words come from when the verb's neighbours do not give them: the person of "X at <firm>", the
// clause's own opening noun phrase, the noun an object "it" stands for, and the thing a later passive "it" may be.

// How far back from a clause its "it" looks for the noun it stands for.
const LOOK_BACK_TOKENS = 40;

/**
 * "So Steve Milunovich at First Boston said": the subject is the person; where they work ("at", "from", "with" after a
 * name of two or more words) and a sentence adverb before them are no part of a headline's subject.
 */
export function personBeforePlace(tokens: Token[]): Token[] {
  const from = tokens.length > 2 && tokens[0]!.pos === 'ADV' && tokens[1]!.pos === 'PROPN' ? 1 : 0;
  const at = tokens.findIndex((t, i) => i >= from + 2 && /^(?:at|from|with)$/i.test(t.text) && tokens[i - 1]!.pos === 'PROPN' && tokens[i - 2]!.pos === 'PROPN');
  return tokens.slice(from, at > 0 ? at : tokens.length);
}

/**
 * The last singular common noun of the sentence before the clause, with its modifiers ("old mill"): what an object
 * "it" of a clause joined by "and" stands for ("The army left the site, and the town bought it").
 */
export function nounBeforeClause(input: TitleInput): string | undefined {
  const tokens = input.tokens;
  const start = firstTokenFrom(tokens, input.start);
  // Back from the clause to the last noun, over no verb; a few words only (a run-on sentence must not make it quadratic).
  let at = start - 1;
  while (at >= 0 && start - at <= LOOK_BACK_TOKENS && tokens[at]!.pos !== 'NOUN') {
    if (isVerb(tokens[at]!) || isAux(tokens[at]!)) return undefined;
    at--;
  }
  const noun = tokens[at];
  if (at < 0 || !noun || noun.pos !== 'NOUN' || noun.text.toLowerCase() !== noun.lemma) return undefined;
  // Only across "and"/"but" or into a clause that leads with "after" or "when": after a semicolon the topic may have
  // moved on ("…; the parent asked it").
  const opening = tokens[start];
  const joined = tokens.slice(at + 1, start + 1).some((t) => t.pos === 'CCONJ') || opening?.pos === 'ADP' || opening?.pos === 'SCONJ';
  if (!joined) return undefined;
  let from = at;
  while (from > 0 && at - from < LOOK_BACK_TOKENS && (tokens[from - 1]!.pos === 'ADJ' || tokens[from - 1]!.pos === 'NOUN')) from--;
  return joinTokens(tokens.slice(from, at + 1));
}

/**
 * The clause's own opening noun phrase, up to its first comma or verb, for when the parse found no subject next to the
 * verb ("The Blue Lagoon, one of the most popular attractions, closed"): the clause's words, never another sentence's.
 */
export function leadingNounPhrase(words: readonly ClauseWord[], before: number): string | undefined {
  const run: Token[] = [];
  for (const { token, afterGap } of words.slice(0, before)) {
    if (token.pos === 'PUNCT' || isVerb(token) || isAux(token)) break;
    // "In recent months a group of lenders": an article after a noun or a removed date starts the subject; what came
    // before it was a phrase.
    if (isArticle(token) && run.length > 0 && (afterGap || isNominal(run.at(-1)!))) run.length = 0;
    if (!isArticle(token)) run.push(token);
  }
  const phrase = shortenName(run).slice(0, MAX_SUBJECT_WORDS);
  return phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? joinTokens(phrase) : undefined;
}

/** The first run of nouns a verb took, when it ends on a singular common noun ("over the mill" → "mill"). */
export function thingActedOn(object: readonly Token[]): string | undefined {
  const start = object.findIndex((t) => isNominal(t));
  if (start < 0) return undefined;
  let end = start;
  while (end < object.length && ['NOUN', 'ADJ', 'PROPN'].includes(object[end]!.pos)) end++;
  if (end === start) return undefined;
  const head = object[end - 1]!;
  return head.pos === 'NOUN' && commonNounLemma(head.text) === head.text.toLowerCase() ? joinTokens(object.slice(start, end)) : undefined;
}
