import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of a parsed sentence: offsets into the text given to `parseSentence`, UPOS tag and lemma. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, PRON, DET, ADP, SCONJ, CCONJ, PART, ADV, ADJ, NUM, PUNCT … */
  pos: string;
  lemma: string;
}

// Loading the model takes ~70 ms; articles without a dated sentence never pay for it.
let nlp: WinkMethods | undefined;
// The model's own vocabulary (common English words, no names) comes first in its word ids; a word outside it is
// added after them, so a made-up word read before any other tells where the vocabulary ends.
let vocabularySize = 0;
const load = (): WinkMethods => {
  if (!nlp) {
    nlp = winkNLP(model, ['sbd', 'pos']);
    vocabularySize = (nlp.readDoc('qxqzvvqxq').tokens().out(nlp.its.uniqueId) as number[])[0] ?? 0;
  }
  return nlp;
};

/**
 * Tags the words of `text.slice(from, to)` with wink-nlp (UPOS and lemmas, about 0.1 ms a sentence, linear in its
 * length). Synchronous and pure JavaScript, so it runs alike in Node and in a Web Worker.
 */
export function parseSentence(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const doc = load().readDoc(slice);
  const its = load().its;
  const words = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // The model's lemma function is typed with a narrower signature than `out` accepts; it is an its-function all the same.
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // wink keeps each token's own characters; finding it forward from the last one keeps offsets exact and linear.
    const at = slice.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    const token = { start: from + at, end: from + cursor, text: word, pos: tags[i]!, lemma: lemmas[i]! };
    const hyphen = tokens.at(-1);
    const left = tokens.at(-2);
    // "Russian-held", "8-and-a-half": wink splits at hyphens; a headline needs the word whole.
    if (hyphen && left && /^[-‐]$/.test(hyphen.text) && left.end === hyphen.start && hyphen.end === token.start && /^\p{L}/u.test(left.text) && /^\p{L}/u.test(word)) {
      // "Russian-held" describes (ADJ), "clean-up" names (NOUN); otherwise the last part's tag stands.
      const pos = token.pos === 'VERB' ? 'ADJ' : ['ADP', 'ADV', 'PART'].includes(token.pos) ? 'NOUN' : token.pos;
      tokens.splice(-2, 2, { ...token, pos, start: left.start, text: text.slice(left.start, token.end), lemma: `${left.lemma}-${token.lemma}` });
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}

const nounLemmas = new Map<string, string>();

/**
 * The lemma wink gives a word read as a common noun ("Prices" → "price"): a capitalised first word is tagged as a
 * name, which hides its number. Cached, as titles ask about few words.
 */
export function commonNounLemma(word: string): string {
  const lower = word.toLowerCase();
  let lemma = nounLemmas.get(lower);
  if (lemma === undefined) {
    const its = load().its;
    const lemmas = load().readDoc(`the ${lower}`).tokens().out(its.lemma as Parameters<ReturnType<ReturnType<WinkMethods['readDoc']>['tokens']>['out']>[0]) as string[];
    lemma = lemmas[1] ?? lower;
    nounLemmas.set(lower, lemma);
  }
  return lemma;
}

/**
 * Whether the model knows a word written in lower case as one of its own common words ("firefighters" yes,
 * "mariupol" no). At the start of a sentence the tagger reads every capitalised word as a name; this tells it apart.
 */
export function isCommonWord(word: string): boolean {
  const ids = load().readDoc(word.toLowerCase()).tokens().out(load().its.uniqueId) as number[];
  return ids.length === 1 && ids[0]! < vocabularySize;
}
