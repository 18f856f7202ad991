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
const load = (): WinkMethods => (nlp ??= winkNLP(model, ['sbd', 'pos']));

/**
 * Tags the words of `text.slice(from, to)` with wink-nlp (UPOS and lemmas, about 0.1 ms a sentence, linear in its
 * length). Synchronous and pure JavaScript, so it runs alike in Node and in a Web Worker.
 */
export function parseSentence(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  // "to swear her in.": wink reads a last lower-case word and the full stop as one abbreviation ("in." for inches). The
  // stop is set apart for the parse only; tokens are still found in the text as written.
  const doc = load().readDoc(FINAL_WORD_STOP.test(slice) ? `${slice.slice(0, -1)} .` : slice);
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
    const token = { start: from + at, end: from + cursor, text: word, pos: tags[i]!, lemma: fixDoublingLemma(word, tags[i]!, lemmas[i]!) };
    const hyphen = tokens.at(-1);
    const left = tokens.at(-2);
    // "Russian-held", "8-and-a-half", "9-kilometre": wink splits at hyphens; a headline needs the word whole.
    // (A number after the hyphen, "2009-2010", stays a range, and so does "April 30-May 1".)
    const joins = /^\p{L}/u.test(left?.text ?? '') ? /^\p{L}/u.test(word) : /^\d/.test(left?.text ?? '') && /^\p{Ll}/u.test(word);
    if (hyphen && left && /^[-‐]$/.test(hyphen.text) && left.end === hyphen.start && hyphen.end === token.start && joins) {
      // "Russian-held" describes (ADJ), "clean-up" names (NOUN); otherwise the last part's tag stands.
      const pos = token.pos === 'VERB' ? 'ADJ' : ['ADP', 'ADV', 'PART'].includes(token.pos) ? 'NOUN' : token.pos;
      tokens.splice(-2, 2, { ...token, pos, start: left.start, text: text.slice(left.start, token.end), lemma: `${left.lemma}-${token.lemma}` });
      continue;
    }
    tokens.push(token);
  }
  return pluralSubjectsAsNouns(tokens);
}

/**
 * "when talks reopen", "as prices rose": wink reads a plural noun that opens a clause as a verb when a verb follows it.
 * Two verbs in a row, the first in -s and the second not, after a word that opens a clause: the first is the subject.
 */
function pluralSubjectsAsNouns(tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    const next = tokens[i + 1]!;
    const before = tokens[i - 1];
    const opensClause = !before || ['SCONJ', 'CCONJ', 'PUNCT'].includes(before.pos) || (before.pos === 'ADV' && /^(?:when|while|as|once)$/i.test(before.text));
    if (word.pos === 'VERB' && /[^s]s$/.test(word.text) && next.pos === 'VERB' && !/s$/.test(next.text) && opensClause) {
      tokens[i] = { ...word, pos: 'NOUN', lemma: commonNounLemma(word.text) };
    }
  }
  return tokens;
}

const FINAL_WORD_STOP = /(?<![.\p{L}])\p{Ll}{2,}\.$/u;

/**
 * "staged" → "stag" is the model's slip: a one-syllable stem ending in one consonant doubles it before "-ed"
 * ("stag" → "stagged"), so "staged" is "stage" + "d" when the model knows "stage".
 */
function fixDoublingLemma(word: string, pos: string, lemma: string): string {
  if (pos !== 'VERB' || word.toLowerCase() !== `${lemma}ed` || !/^[^aeiou]*[aeiou][b-df-hj-np-tv]$/.test(lemma)) return lemma;
  return isKnownWord(`${lemma}e`) ? `${lemma}e` : lemma;
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

/** Whether the model's vocabulary holds the word (lower case): a form it does not know may have no lemma either. */
export function isKnownWord(word: string): boolean {
  return !load().readDoc('').isOOV(word.toLowerCase());
}

/**
 * The base of a regular past form by its spelling ("fortified" → "fortify", "planned" → "plan", "staged" → "stage"),
 * for a form the model tagged as another part of speech and so did not lemmatise as a verb; undefined when no
 * candidate is a word the model knows.
 */
export function regularPastLemma(form: string): string | undefined {
  const lower = form.toLowerCase();
  if (!lower.endsWith('ed')) return undefined;
  const doubled = /([b-df-hj-np-tv-z])\1ed$/.test(lower) ? [lower.slice(0, -3)] : [];
  const candidates = [lower.replace(/ied$/, 'y'), ...doubled, lower.slice(0, -1), lower.slice(0, -2)];
  return candidates.find((c) => c.length > 2 && c !== lower && isKnownWord(c));
}

const irregularPastLemmas = new Map<string, string | undefined>();

/**
 * The base of an irregular past form the model tagged as a noun in its sentence ("the keeper lit the lamps": lit/NOUN):
 * the model's own lemma for the word read as the verb of "They lit it." ("light"); undefined when it is no past form
 * there ("lamps", or "light" itself, whose lemma is the word).
 */
export function irregularPastLemma(form: string): string | undefined {
  const lower = form.toLowerCase();
  if (!irregularPastLemmas.has(lower)) {
    const probe = `They ${lower} it.`;
    const verb = parseSentence(probe, 0, probe.length)[1];
    const lemma = verb?.pos === 'VERB' && verb.text === lower && verb.lemma !== lower ? verb.lemma : undefined;
    irregularPastLemmas.set(lower, lemma);
  }
  return irregularPastLemmas.get(lower);
}
