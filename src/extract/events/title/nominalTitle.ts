import type { Token } from '../parse/parseSentence';
import { firstTokenFrom, notArticle, isBreak, type Cut } from './clauseWords';
import { presentOf } from './presentTense';

const MAX_WORDS = 10;
// A possessive pronoun before the date owns the event ("his Aug. 2 power-grab"); which name it stands for is not
// known here, so it is left out.
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their|our|my|your)$/i;
// The prepositions that complete an event noun ("the bombing of …", "the attack on …", "talks in London").
const COMPLEMENT = /^(?:of|at|in|on|against|into|near|over|between|with|by|for|from|to)$/i;
// After its first complement, only a place still belongs to the noun ("the collapse of the bridge on poor
// maintenance" blames the maintenance, "the murder of a judge at a court in Patras" happened there).
const PLACE = /^(?:at|in|near)$/i;
// "the 1996 bombing that killed one person": what the event did is said by a relative clause.
const RELATIVE = /^(?:that|which)$/i;
// A headline may not end on these.
const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'PUNCT', 'ADJ']);

/** A noun phrase that a date stands inside, before its head ("the November 1995 assassination of Rabin"). */
export interface DatedNoun {
  /** The head noun. */
  head: Token;
  /** The title: the words after the date up to the head, and the head's prepositional complements. */
  text: string;
  words: number;
}

/**
 * When the date at `cut` modifies a noun — written between a determiner or possessive and the noun ("the Oct. 23
 * slaying", "his Sunday address") or as a possessive itself ("last month's explosion") — the dated event is that
 * noun, not the clause's verb. Returns the noun phrase in headline style (articles dropped), or null.
 */
export function datedNoun(tokens: readonly Token[], cut: Cut, end: number): DatedNoun | null {
  const first = firstTokenFrom(tokens, cut.start);
  const before = tokens[first - 1];
  let i = firstTokenFrom(tokens, cut.end);
  const possessive = tokens[i]?.pos === 'PART' && /^['’]s$/.test(tokens[i]!.text);
  if (possessive) i++;
  const opensPhrase = before !== undefined && ((before.pos === 'DET' && /^(?:the|a|an|this|that)$/i.test(before.text)) || POSSESSIVE_PRONOUN.test(before.text));
  if (!possessive && !opensPhrase) return null;
  // Only a noun phrase inside a prepositional phrase, a list or an apposition is dated apart from its clause ("for
  // the 1995 murder of …", "bombings and last month's explosion"): as the verb's object or subject ("posted a
  // third-quarter loss") it is already in the clause's title.
  const prior = tokens[(possessive || !opensPhrase ? first : first - 1) - 1];
  // "since", "after" (read as subordinators), "following", "including" lead a phrase as prepositions do.
  const leads = (t: Token) => ['ADP', 'SCONJ', 'CCONJ'].includes(t.pos) || t.text === ',' || (t.pos === 'VERB' && /ing$/.test(t.text));
  if (!prior || !leads(prior)) return null;
  // The premodifiers and the head: nouns, adjectives, names, participles used as adjectives ("the Aug. 7 embassy
  // bombings", "a 1996 law"), up to the first word that is none of them.
  const phrase: Token[] = [];
  while (i < tokens.length && tokens[i]!.end <= end && ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(tokens[i]!.pos)) {
    const t = tokens[i]!;
    // A verb after a noun is the clause's own ("the 1996 law strengthened …").
    if (t.pos === 'VERB' && phrase.length > 0 && !/ing$/.test(t.text)) break;
    phrase.push(t);
    i++;
  }
  let headAt = phrase.length - 1;
  while (headAt >= 0 && phrase[headAt]!.pos !== 'NOUN' && phrase[headAt]!.pos !== 'PROPN') headAt--;
  if (headAt < 0) return null;
  const head = phrase[headAt]!;
  const kept = phrase.slice(0, headAt + 1);
  if (headAt === phrase.length - 1) {
    // The head's complements: "of Rabin at a Tel Aviv peace rally", to a break, a verb or the tenth word.
    while (i < tokens.length && tokens[i]!.end <= end && COMPLEMENT.test(tokens[i]!.text) && (kept.length === headAt + 1 || PLACE.test(tokens[i]!.text))) {
      const complement: Token[] = [tokens[i]!];
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.end <= end && !isBreak(tokens[j]!) && (['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'SYM'].includes(tokens[j]!.pos) || /^['’]s$/.test(tokens[j]!.text))) {
        complement.push(tokens[j]!);
        j++;
      }
      if (!complement.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) break;
      kept.push(...complement);
      i = j;
    }
  }
  let words = kept.filter(notArticle);
  // "the 1996 bombing that killed one person" → "Bombing kills one person".
  // "that your Oct. 23 item recognized the concept": a verb right after the phrase is its own.
  const relative = tokens[i] !== undefined && RELATIVE.test(tokens[i]!.text);
  const verbAt = relative ? i + 1 : i;
  const verb = tokens[verbAt];
  // "the accord signed by the envoy" describes the accord: a participle with its agent is no verb of its own.
  const byAgent = tokens[verbAt + 1]?.text === 'by';
  if (verb && verb.pos === 'VERB' && !/ing$/.test(verb.text) && !byAgent && verb.end <= end) {
    const plural = head.pos === 'NOUN' && head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text);
    const object: Token[] = [];
    for (let j = verbAt + 1; j < tokens.length && tokens[j]!.end <= end && !isBreak(tokens[j]!) && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADP'].includes(tokens[j]!.pos); j++) object.push(tokens[j]!);
    words = [...words, { ...verb, text: presentOf(verb.lemma, plural) }, ...object.filter(notArticle)];
  }
  words = words.slice(0, MAX_WORDS);
  while (words.length > 1 && DANGLING.has(words.at(-1)!.pos)) words.pop();
  if (words.length === 0) return null;
  return { head, text: joinWords(words), words: words.length };
}

/** Words joined with the text's own spacing ("women's", "$20"). */
function joinWords(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const glued = i > 0 && tokens[i - 1]!.end === t.start && (t.pos === 'PART' || t.pos === 'PUNCT' || t.pos === 'SYM' || tokens[i - 1]!.pos === 'SYM');
    out += (i === 0 || glued ? '' : ' ') + t.text;
  });
  return out;
}
