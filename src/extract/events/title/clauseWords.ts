import { commonNounLemma, irregularPastLemma, isKnownWord, regularPastLemma, type Token } from '../parse/parseSentence';
import { presentOf } from './presentTense';
import { SPEECH } from './predicateParts';

/** A word of the clause kept for its title; `afterGap` marks the first word after a removed date. */
export interface ClauseWord {
  token: Token;
  afterGap: boolean;
}

/** A span of the text to leave out of the title (a temporal mention). */
export interface Cut {
  start: number;
  end: number;
  /** The mention's TimeML type, when the cut is a mention ("DURATION" takes its "of" phrase with it). */
  type?: string;
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'whereas', 'while']);
const DATE_PREPOSITION = /^(?:in|on|at|since|until|till|by|during|for|from|before|after|over|through|throughout|within|of|around|about|between|to|into|when|while|as)$/i;
const NEGATION = new Set(['not', "n't", 'never']);
// Adverbs a headline leaves out: manner (-ly) and the story's own sequencing and hedging; "up", "back" stay.
export const DROPPED_ADVERB = /^(?:[a-z]+ly|then|later|also|still|already|now|again|afterwards?|just|even|soon|yet|too|ever|meanwhile|however|once|earlier)$/i;
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'these', 'those', 'there']);
// A word after these owns nothing but a noun: "his address", "the company's address" (wink reads "address" as a verb).
const POSSESSIVE = /^(?:his|her|its|their|my|our|your|'s|’s)$/i;
// Quotation marks frame what was said; the words inside and the attribution are read as one clause's words.
const QUOTE_MARK = /^["“”„'‘’`]+$/;

export const isVerb = (t: Token) => t.pos === 'VERB';
export const isAux = (t: Token) => t.pos === 'AUX';
export const isNegation = (t: Token) => NEGATION.has(t.text.toLowerCase());
export const isNominal = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM';
export const isArticle = (t: Token) => t.pos === 'DET' && /^(?:the|a|an)$/i.test(t.text);

/**
 * "20 million doses a year", "five cents a share", "$4 a share": "a" after an amount means "per", and a headline keeps
 * it ("doses year" says nothing).
 */
/** For `filter`: every word but the articles a headline drops (a "per" article stays). */
export const notArticle = (t: Token, i: number, all: readonly Token[]) => !isArticle(t) || isPerUnit(all, i);

export function isPerUnit(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const previous = tokens[i - 1];
  if (!t || !previous || !/^an?$/i.test(t.text) || tokens[i + 1]?.pos !== 'NOUN') return false;
  return previous.pos === 'NUM' || (previous.pos === 'NOUN' && tokens[i - 2]?.pos === 'NUM');
}

/** Where one clause's words stop: punctuation, a subordinator, a relative word, "that". */
export function isBreak(t: Token): boolean {
  if (t.pos === 'PUNCT') return true;
  if (t.pos === 'SCONJ') return true;
  const lower = t.text.toLowerCase();
  return RELATIVE.has(lower) || (lower === 'that' && t.pos !== 'DET');
}

/** The index of the first token that starts at or after `offset` (binary search: clauses of long sentences stay cheap). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The clause's words without its dates: a date goes with the preposition that leads into it ("on Monday",
 * "until 9 July"), and adverbs go ("then", "formally") except negation, as headlines drop them.
 * Returns the words and the lemma of each removed date's preposition, by the date's start.
 */
export function keepClauseWords(tokens: readonly Token[], start: number, end: number, cuts: readonly Cut[]): { words: ClauseWord[]; leadIns: Map<number, string> } {
  const words: ClauseWord[] = [];
  const leadIns = new Map<number, string>();
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  let c = 0;
  let gap = false;
  // "after a week of earthquakes": a removed duration takes the noun phrase it measures with it.
  let measured: 'no' | 'of' | 'phrase' = 'no';
  for (let i = firstTokenFrom(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!;
    if (token.end > end) continue;
    while (c < sorted.length && sorted[c]!.end <= token.start) c++;
    const cut = sorted[c];
    // "lasted five weeks", "took three hours": a duration right after its verb is the verb's complement, and stays.
    const complement = cut?.type === 'DURATION' && token.start === cut.start && words.at(-1) !== undefined && isVerb(words.at(-1)!.token) && !gap;
    if (complement) {
      for (; i < tokens.length && tokens[i]!.end <= cut.end; i++) words.push({ token: tokens[i]!, afterGap: false });
      i--;
      c++;
      continue;
    }
    if (cut && token.start >= cut.start && token.end <= cut.end) {
      // "for more than four hours": the amount's "more than" goes with the duration it bounds.
      if (!gap && words.at(-1)?.token.text.toLowerCase() === 'than' && /^(?:more|less|fewer)$/i.test(words.at(-2)?.token.text ?? '')) words.splice(-2, 2);
      // "for its fourth quarter ended Sept. 30": a possessive whose noun is inside the date goes with it, and so does the
      // preposition before it ("its [third-quarter] loss" keeps its noun, and the possessive).
      const owner = words.at(-1);
      const afterCut = tokens[firstTokenFrom(tokens, cut.end)];
      // ("before his Sunday night address": a word after the date that wink reads as a verb may be the noun.)
      const nounless = afterCut === undefined || afterCut.pos === 'PUNCT' || (afterCut.pos === 'VERB' && afterCut.text.toLowerCase() !== afterCut.lemma && !afterCut.text.endsWith('ing'));
      if (!gap && owner && /^(?:its|his|her|their)$/i.test(owner.token.text) && words.at(-2) && DATE_PREPOSITION.test(words.at(-2)!.token.text) && nounless) words.pop();
      const last = words.at(-1);
      // "carried out a night raid": "out" is the verb's particle; only a preposition of time leads into a date.
      if (!gap && last && DATE_PREPOSITION.test(last.token.text) && last.token.end <= cut.start) {
        leadIns.set(cut.start, last.token.lemma.toLowerCase());
        words.pop();
        // "as of Sept. 30", "ahead of Friday", "up to March": the first word of a two-word preposition goes too.
        const first = words.at(-1)?.token;
        // ("spent part of Sunday night": a word wink reads as an adverb right after a verb is its object.)
        const object = first?.pos === 'ADV' && words.at(-2) !== undefined && (isVerb(words.at(-2)!.token) || isAux(words.at(-2)!.token));
        if (/^(?:of|to)$/i.test(last.token.text) && !last.afterGap && first && ['ADP', 'SCONJ', 'ADV'].includes(first.pos) && !object) words.pop();
      }
      gap = true;
      measured = cut.type === 'DURATION' ? 'of' : 'no';
      continue;
    }
    if (measured === 'of' && token.text === 'of') {
      measured = 'phrase';
      continue;
    }
    if (measured === 'phrase' && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(token.pos)) continue;
    measured = 'no';
    // ("the quarter [ended] Sept. 30": a past form between two removed dates belongs to them.)
    const nextToken = tokens[i + 1];
    if (gap && isVerb(token) && token.text.toLowerCase() !== token.lemma && !token.text.endsWith('ing') && cut && nextToken && nextToken.start >= cut.start && nextToken.end <= cut.end) continue;
    if (token.pos === 'ADV' && DROPPED_ADVERB.test(token.text)) continue;
    if (token.pos === 'PUNCT' && QUOTE_MARK.test(token.text)) continue;
    // "Last year's floods": the possessive of a removed date goes with it.
    if (gap && token.pos === 'PART' && POSSESSIVE.test(token.text)) continue;
    // "Fighting broke out": an -ing word straight before a verb, with no auxiliary before it, is its subject.
    const following = tokens[i + 1];
    const gerund = token.pos === 'VERB' && token.text.endsWith('ing') && following && (following.pos === 'VERB' || following.pos === 'AUX')
      && !(words.at(-1) && (isAux(words.at(-1)!.token) || words.at(-1)!.token.pos === 'PART'));
    // "an (earlier) deal": a "verb" right after a determiner names a thing ("the general arrived" does not: an adjective between).
    const before = words.at(-1)?.token;
    const afterDeterminer = token.pos === 'VERB' && before !== undefined
      && ((before.pos === 'DET' && !/^(?:that|which)$/i.test(before.text)) || POSSESSIVE.test(before.text));
    // "the world's most widely wielded weapon": a past form between a determiner's adverbs and a noun describes it.
    let k = words.length - 1;
    while (k >= 0 && words[k]!.token.pos === 'ADV') k--;
    const determiner = words[k]?.token;
    const adjectival = token.pos === 'VERB' && k < words.length - 1 && determiner !== undefined && following?.pos === 'NOUN'
      && ((determiner.pos === 'DET' && !/^(?:that|which)$/i.test(determiner.text)) || POSSESSIVE.test(determiner.text));
    // "would close": after a modal comes a verb, whatever wink made of it ("close" read as an adjective).
    // ("will almost double": adverbs may stand between.)
    let m = words.length - 1;
    while (m >= 0 && words[m]!.token.pos === 'ADV') m--;
    const modalBefore = words[m]?.token;
    const afterModal = (token.pos === 'ADJ' || token.pos === 'NOUN') && modalBefore !== undefined && isAux(modalBefore) && !/^(?:be|have|do)$/.test(modalBefore.lemma)
      && (m === words.length - 1 || following === undefined || following.pos !== 'NOUN');
    // "the dispute over pay": after a preposition a bare verb form names a thing ("to", and "after raising", stay verbs).
    const afterPreposition = token.pos === 'VERB' && before?.pos === 'ADP' && !token.text.endsWith('ing') && !gap;
    // "according to" is a preposition, never the clause's verb.
    const according = token.text.toLowerCase() === 'according' && following?.text.toLowerCase() === 'to';
    // "The Romans fortified the hilltop", "the keeper, James Moir, lit the lamps": a past form between a noun and a
    // determiner is a verb, whatever the tag.
    const afterNoun = before?.pos === 'NOUN' || before?.pos === 'PROPN' || (before?.text === ',' && words.at(-2)?.token.pos === 'PROPN');
    // ("Assets as of [Sept. 30] fell to $2.46 billion": after a removed date, before "to" and an amount, too.)
    const afterDate = gap && words.length > 0 && following !== undefined
      && (((following.pos === 'PART' || following.pos === 'ADP') && ['NUM', 'SYM'].includes(tokens[i + 2]?.pos ?? '')) || following.pos === 'NUM');
    const betweenNounAndDeterminer = (token.pos === 'NOUN' || token.pos === 'ADJ') && token.lemma === token.text.toLowerCase()
      && ((afterNoun && following !== undefined && (isArticle(following) || POSSESSIVE.test(following.text))) || afterDate);
    const pastLemma = !betweenNounAndDeterminer ? undefined
      : /^[a-z]{3,}[^e]ed$/.test(token.text) ? regularPastLemma(token.text) ?? token.lemma : irregularPastLemma(token.text);
    const pastBeforeDeterminer = pastLemma !== undefined;
    // "when the light became automatic": wink may read a noun between an article and a verb as an adverb.
    const adverbAsNoun = token.pos === 'ADV' && before !== undefined && isArticle(before) && following !== undefined && (isVerb(following) || isAux(following));
    // "Foreign Minister Paul Grant said": a capitalised word inside a name, before the clause's verb, is the name's.
    const inName = token.pos === 'VERB' && /^\p{Lu}/u.test(token.text) && before?.pos === 'PROPN' && following !== undefined && (isVerb(following) || isAux(following));
    // "a total of nine sites": a word between an article and "of" is a noun, whatever wink made of it.
    const headOfPhrase = token.pos === 'ADJ' && before !== undefined && isArticle(before) && following?.text.toLowerCase() === 'of';
    // "Qantas will almost double its flights": a modal wink reads as a verb is the next verb's auxiliary.
    let k2 = i + 1;
    while (tokens[k2]?.pos === 'ADV') k2++;
    const modal = token.pos === 'VERB' && /^(?:will|would|shall|can|could|may|might|must|should)$/i.test(token.text) && tokens[k2]?.pos === 'VERB';
    // ("had operating profit": an -ing word after "have" is no progressive; it describes the noun after it.)
    const afterHave = token.pos === 'VERB' && token.text.endsWith('ing') && before !== undefined && isAux(before) && before.lemma === 'have' && following?.pos === 'NOUN';
    const pos = modal ? 'AUX' : afterHave ? 'ADJ' : inName ? 'PROPN' : according ? 'ADP' : adjectival ? 'ADJ' : gerund || afterDeterminer || headOfPhrase || afterPreposition || adverbAsNoun ? 'NOUN' : afterModal || pastBeforeDeterminer ? 'VERB' : token.pos;
    const lemma = pastLemma ?? token.lemma;
    words.push({ token: pos === token.pos ? token : { ...token, pos, lemma }, afterGap: gap });
    gap = false;
  }
  return { words, leadIns };
}

/** A verb group: auxiliaries, negation and the verb that heads it ("had not been hit", "will travel", "was"). */
export interface VerbGroup {
  from: number;
  /** Index after the group's last word. */
  to: number;
  head: Token;
  auxiliaries: Token[];
  negated: boolean;
  /** A bare participle after a noun ("troops fighting"): a verb of the clause only when no finite verb is there. */
  participle?: boolean;
  /** A past participle set off after a noun ("The bridge, built in 1931, carried …"): passive, its noun the subject. */
  reduced?: boolean;
  /** Adverbs between the auxiliaries and the verb ("was last renovated"): a passive headline keeps them. */
  adverbs?: Token[];
}

/**
 * Whether the bare past form at `from`..`to` heads a phrase set off by commas after a noun ("The bridge, built in 1931,
 * carried …", "the Monument, a column built after the fire, was …"): the verb after the closing comma has no subject
 * of its own but that noun, so the form before it is a participle describing the noun, not the sentence's verb.
 * A finite verb is never enclosed so ("Prices rose 5 percent, hit a high" has no opening comma; "…, Bush said." no
 * verb after its closing one; ", the union said Friday, will" is an attribution, as `findAsideStart` reads it).
 */
function isReducedRelative(words: readonly ClauseWord[], from: number, to: number): boolean {
  let i = from - 1;
  while (i >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'].includes(words[i]!.token.pos)) i--;
  if (words[i]?.token.text !== ',' || !words[i - 1] || !isNominal(words[i - 1]!.token)) return false;
  // ", the union said Friday, will …": a noun before a verb of saying is its subject (an attribution), not a noun it describes.
  if (i < from - 1 && SPEECH.has(words[from]!.token.lemma)) return false;
  for (let j = to; j < words.length; j++) {
    const { token } = words[j]!;
    if (token.text === ',') return words[j + 1] !== undefined && (isVerb(words[j + 1]!.token) || isAux(words[j + 1]!.token));
    if (isBreak(token) || isVerb(token) || isAux(token)) return false;
  }
  return false;
}

/**
 * Whether the noun phrase ending at `last` is the object of a preposition that opens the clause or follows a verb
 * ("Under an agreement …", "said in a letter …"): such a noun is no subject, so a verb after it describes it. After
 * a noun the phrase may be part of a subject ("Shares of the bank rose"), so it does not count.
 */
function inPhraseOfVerb(words: readonly ClauseWord[], last: number): boolean {
  let i = last;
  while (i >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'].includes(words[i]!.token.pos)) {
    // "In the town the soldiers burned …": an article after a noun starts a new phrase, the verb's subject.
    if (isArticle(words[i]!.token) && i < last && words[i - 1] !== undefined && isNominal(words[i - 1]!.token)) return false;
    i--;
  }
  const lead = words[i]?.token;
  // "including 100,000 shares bought from …": a noun phrase an -ing verb takes is that verb's object, never a subject.
  // ("Operating revenue surged", "The holding company said": an -ing word inside the subject is no such verb.)
  if (lead && isVerb(lead) && lead.text.endsWith('ing') && i < last && words[i - 1]?.token.text === ',') return true;
  if (!lead || lead.pos !== 'ADP') return false;
  const before = words[i - 1]?.token;
  // "Shares of the bank rose": "of" after a noun joins it to the subject; "because of", "out of" lead a phrase.
  if (lead.lemma === 'of') return before !== undefined && !isNominal(before) && ['ADP', 'SCONJ', 'ADV'].includes(before.pos);
  // "Traders who rely on the port lost": after a relative clause's phrase the main clause's verb comes.
  if (before && isVerb(before) && /^(?:who|which|that)$/i.test(words[i - 2]?.token.text ?? '')) return false;
  return before === undefined || before.pos === 'PUNCT' || isVerb(before);
}

/**
 * "joined the alliance at a ceremony held in the old town", "played with a puppy named Rex": after a finite verb, with
 * no break or "and" between, a bare past form after a preposition's noun cannot be a second finite verb; it describes
 * that noun. (A verb of saying takes a clause without "that": "said shares of the bank rose".)
 */
function afterFiniteVerb(words: readonly ClauseWord[], at: number): boolean {
  const head = words[at]!.token;
  const form = head.text.toLowerCase();
  if (!isVerb(head) || form === head.lemma || form.endsWith('ing') || form === presentOf(head.lemma, false)) return false;
  // ("showed the rate for adult men declined to 3.8 percent": a change to an amount is a clause's own verb.)
  if (/^(?:to|by)$/i.test(words[at + 1]?.token.text ?? '') && ['NUM', 'SYM'].includes(words[at + 2]?.token.pos ?? '')) return false;
  let i = at - 1;
  while (i >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'].includes(words[i]!.token.pos)) i--;
  // ("after Gadhafi agreed": a preposition of time may lead a clause with its own subject.)
  if (words[i]?.token.pos !== 'ADP' || /^(?:as|after|before|since|until|till|because)$/i.test(words[i]!.token.text)) return false;
  for (let k = i - 1; k >= 0; k--) {
    const { token } = words[k]!;
    if (isBreak(token) || token.pos === 'CCONJ') return false;
    // ("Traders who rely on the port lost": a relative clause's verb; the main clause's follows its phrase.)
    const relative = /^(?:who|which|that)$/i.test(words[k - 1]?.token.text ?? '');
    if (isVerb(token) && !token.text.endsWith('ing')) return !SPEECH.has(token.lemma) && !relative && !(k > 0 && words[k - 1]!.token.pos === 'PART');
  }
  return false;
}

/** The verb groups of the words, in order; an infinitive ("to pay") belongs to the group before it. */
export function findVerbGroups(words: readonly ClauseWord[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < words.length) {
    const t = words[i]!.token;
    const previous = words[i - 1]?.token;
    // ("to pay"; "no intention of tapping", "retains a share after selling": an -ing form after a preposition inside the
    // clause is a gerund, the phrase's object; one after a preposition that opens the clause, "After touring the city,
    // the chief said", is a clause of its own, with the main clause's subject.)
    const opens = i < 2 || words[i - 2]!.token.pos === 'PUNCT';
    const gerund = isVerb(t) && t.text.endsWith('ing') && previous?.pos === 'ADP' && (previous.lemma === 'of' || !opens);
    if (!(isVerb(t) || isAux(t)) || (previous && previous.pos === 'PART' && previous.text.toLowerCase() === 'to') || gerund) {
      i++;
      continue;
    }
    const auxiliaries: Token[] = [];
    let negated = false;
    let j = i;
    const adverbs: Token[] = [];
    // "was last renovated", "was first built": an adverb between an auxiliary and its verb stays inside the group.
    const inner = (k: number) => auxiliaries.length > 0 && words[k]!.token.pos === 'ADV' && words[k + 1] !== undefined && isVerb(words[k + 1]!.token);
    while (j < words.length && (isAux(words[j]!.token) || isNegation(words[j]!.token) || inner(j))) {
      if (isNegation(words[j]!.token)) negated = true;
      else if (isAux(words[j]!.token)) auxiliaries.push(words[j]!.token);
      else adverbs.push(words[j]!.token);
      j++;
    }
    let head: Token;
    if (j < words.length && isVerb(words[j]!.token)) {
      head = words[j]!.token;
      j++;
    } else {
      // A copula is its own head ("Avdiivka has been under siege"); so is a lone "has" or "did".
      head = auxiliaries.pop() ?? t;
    }
    // "troops fighting in Ukraine", "a video released by the Kremlin", "in a letter published Tuesday": a participle
    // that describes the noun before it.
    const afterNoun = auxiliaries.length === 0 && !negated && previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
    // ("including 254,200 bought from …": an amount an -ing verb or a preposition takes stands for its noun.)
    const afterAmount = auxiliaries.length === 0 && !negated && previous?.pos === 'NUM' && inPhraseOfVerb(words, i - 1);
    const describes = afterAmount || (afterNoun && (head.text.endsWith('ing') || words[j]?.token.lemma === 'by' || inPhraseOfVerb(words, i - 1) || afterFiniteVerb(words, i)));
    const form = head.text.toLowerCase();
    const pastForm = isVerb(head) && form !== head.lemma && form !== presentOf(head.lemma, false) && !form.endsWith('ing');
    // "in the year [ended March 31]": a past form between two removed dates describes the period, not the clause.
    const period = auxiliaries.length === 0 && !negated && pastForm && words[i]!.afterGap && (j >= words.length || words[j]!.afterGap);
    const reduced = !describes && !period && auxiliaries.length === 0 && !negated && pastForm && isReducedRelative(words, i, j);
    groups.push({ from: i, to: j, head, auxiliaries, negated, ...(describes || period ? { participle: true } : {}), ...(reduced ? { reduced } : {}), ...(adverbs.length ? { adverbs } : {}) });
    i = Math.max(j, i + 1);
  }
  return markParticiplesBeforeVerb(words, groups);
}

/** A passive: "be" among the auxiliaries and a past form as the head ("was captured", "were handed back"). */
export function isPassive(group: VerbGroup): boolean {
  return group.auxiliaries.some((t) => t.lemma === 'be') && isVerb(group.head) && !group.head.text.endsWith('ing');
}

/** A bare past form (no auxiliary) that is not the present of its verb: "held", "known", "planned". */
export function isBarePastForm(group: VerbGroup): boolean {
  const form = group.head.text.toLowerCase();
  return group.auxiliaries.length === 0 && !group.negated && isVerb(group.head) && form !== group.head.lemma
    && form !== presentOf(group.head.lemma, false) && !form.endsWith('ing');
}

/**
 * "Raiders known as the Sea Wolves seized it", "A ceremony held at the town hall marked …": a bare past form right
 * after a noun, with only a prepositional phrase before the next verb, describes that noun — two finite verbs are
 * never so joined without "and" or a comma — so it is a participle and the next verb is the clause's.
 */
function markParticiplesBeforeVerb(words: readonly ClauseWord[], groups: VerbGroup[]): VerbGroup[] {
  const out = [...groups];
  for (let k = 0; k + 1 < out.length; k++) {
    const group = out[k]!;
    const next = out[k + 1]!;
    const before = words[group.from - 1]?.token;
    if (group.participle || group.reduced || !before || !(before.pos === 'NOUN' || before.pos === 'PROPN')) continue;
    // "The mayor said in a letter published Tuesday": a verb of saying is the clause's own; the participle follows it.
    // "the arrest announced [today] stemmed from": a removed date may stand for the phrase.
    const dated = next.from === group.to && words[next.from]!.afterGap;
    // A name does not take such a phrase ("Elian played in the yard with a puppy named Dolphin"); a capitalised common
    // noun opening the sentence ("Raiders known as …") does.
    const named = before.pos === 'PROPN' && !isKnownWord(before.text.toLowerCase()) && commonNounLemma(before.text).toLowerCase() === before.text.toLowerCase();
    // "the anger that the plan caused [in the 1980s] remains": a noun after "that" is a relative clause's subject.
    let np = group.from - 1;
    while (np > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(words[np - 1]!.token.pos)) np--;
    const relativeSubject = /^(?:that|which|who|whom)$/i.test(words[np - 1]?.token.text ?? '');
    if (!isBarePastForm(group) || SPEECH.has(group.head.lemma) || named || relativeSubject || next.from - group.to > 6) continue;
    if (!dated && (words[group.to]?.token.pos !== 'ADP' || !isNominal(words[next.from - 1]!.token))) continue;
    // The next verb is a participle of its own ("troops fighting", "a video released by") only when it says so itself;
    // after this group's phrase ("held at the town hall marked") it is the clause's verb.
    if (next.head.text.endsWith('ing') || words[next.to]?.token.lemma === 'by' || next.auxiliaries.length > 0 && next.participle) continue;
    const between = words.slice(group.to, next.from).map((w) => w.token);
    if (between.some((t) => isBreak(t) || t.pos === 'CCONJ' || isVerb(t) || isAux(t))) continue;
    // "Shares fell [on Monday] as oil rose": "as" after a date, or "while", "because", opens a clause of its own
    // ("known as the Sea Wolves" has no date between).
    const opensClause = between.some((t) => /^(?:while|because|although|though|whereas|when)$/i.test(t.text))
      || (between[0]?.text.toLowerCase() === 'as' && words[group.to]!.afterGap);
    if (opensClause) continue;
    out[k] = { ...group, participle: true };
    const { participle: _described, ...finite } = next;
    out[k + 1] = finite;
  }
  // "The minister, facing protests at home, today signed the treaty": an -ing phrase set off after the subject is an
  // aside when a finite verb follows it; only without one ("…, declaring victory") is it the clause's event.
  for (let k = 0; k < out.length; k++) {
    const group = out[k]!;
    const later = out.slice(k + 1).some((g) => !g.participle && !g.head.text.endsWith('ing') && isVerb(g.head) && g.auxiliaries.length === 0 && words.slice(group.to, g.from).some((w) => w.token.text === ','));
    const aside = group.auxiliaries.length === 0 && group.head.text.endsWith('ing') && words[group.from - 1]?.token.text === ','
      && words[group.from - 2] !== undefined && isNominal(words[group.from - 2]!.token);
    if (aside && later && !group.participle) out[k] = { ...group, participle: true };
  }
  // "Most cars sold were models introduced in April": after a copula's noun a bare past form cannot be finite; it is
  // that noun's passive ("Models introduced").
  return out.map((group, k) => {
    const copula = out[k - 1];
    if (k === 0 || group.participle || group.reduced || !isBarePastForm(group) || !copula || copula.head.lemma !== 'be' || !isAux(copula.head)) return group;
    const between = words.slice(copula.to, group.from).map((w) => w.token);
    const nounPhrase = between.length > 0 && (between.at(-1)!.pos === 'NOUN' || between.at(-1)!.pos === 'PROPN')
      && between.every((t) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos));
    return nounPhrase ? { ...group, reduced: true } : group;
  });
}
