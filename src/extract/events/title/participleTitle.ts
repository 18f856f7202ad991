import type { Token } from '../parse/parseSentence';
import { isArticle, notArticle, isBarePastForm, isBreak, isVerb, isAux, type ClauseWord, type VerbGroup } from './clauseWords';
import { joinTokens, limit, objectAfter, SPEECH } from './predicateParts';
import { nounRunBefore } from './relativeClause';

// A headline needs a subject, a participle and what completes it: fewer words say too little.
const MIN_WORDS = 3;

/**
 * "the market remains nervous because of the wild swings seen on the exchange last week": the date is the swings',
 * told by the participle that describes them, not the main clause's. The title is the noun, its participle and what
 * completes it, as headlines write a passive ("Wild swings seen on exchange"). Null when the date is not inside such
 * a phrase, or the phrase has no noun before it.
 */
export function participleTitle(words: readonly ClauseWord[], groups: readonly VerbGroup[], main: VerbGroup | undefined, anchor: number): string | null {
  // "said in a letter published Tuesday that …": the letter is how it was said; the statement is the event.
  if (main && SPEECH.has(main.head.lemma)) return null;
  const described = groups.filter((g) => g.participle && isBarePastForm(g) && g.head.start < anchor && (!main || g.from > main.from)).at(-1);
  if (!described) return null;
  // Nothing between the participle and the date may start another clause or verb.
  for (let i = described.to; i < words.length && words[i]!.token.start < anchor; i++) {
    const { token } = words[i]!;
    if (isBreak(token) || isVerb(token) || isAux(token)) return null;
  }
  const bare = words.filter((w) => !isArticle(w.token));
  const at = bare.findIndex((w) => w.token === described.head);
  const amount = bare[at - 1]?.token.pos === 'NUM' ? bare[at - 1]!.token.text : undefined;
  const run = nounRunBefore(bare, at) ?? amount;
  if (!run) return null;
  // "a list of 31 people issued by the government": the noun before "of" is the one described.
  const runStart = at - run.split(' ').length;
  const head = bare[runStart - 1]?.token.lemma === 'of' ? nounRunBefore(bare, runStart - 1) : undefined;
  const noun = head ? `${head} of ${run}` : run;
  // (What follows "that" is another clause's.)
  const own = words.findIndex((w, i) => i >= described.to && w.token.text.toLowerCase() === 'that');
  const object: Token[] = objectAfter(own > 0 ? words.slice(0, own) : words, described).filter(notArticle);
  const lead = [...noun.split(' '), described.head.text.toLowerCase()];
  const kept = limit([...lead, ...object.map((t) => t.text)], [...lead.map(() => null), ...object]);
  if (kept.length < MIN_WORDS) return null;
  const tail = object.slice(0, kept.length - lead.length);
  return [lead.join(' '), joinTokens(tail)].filter(Boolean).join(' ');
}
