import { commonNounLemma, isKnownWord, regularPastLemma, type Token } from '../parse/parseSentence';
import {
  DROPPED_ADVERB, isArticle, isAux, isBreak, isNegation, isNominal, isVerb, type ClauseWord, type VerbGroup,
} from './clauseWords';
import { COLLECTIVE_PLURAL } from './names';
import { presentOf } from './presentTense';

// The parts of one predicate's headline: its subject, verb and object, each in headline form, and the ten-word limit.

export const MAX_WORDS = 10;
// The closed class of verb particles ("ticks up", "kicks off"); any other preposition may not end a title.
const PARTICLE = /^(?:up|out|off|down|back|away|over|in|on|around|through|along|apart|aside|ahead)$/i;
export const MAX_SUBJECT_WORDS = 5;
const OBJECT_PRONOUN = /^(?:him|her|it|them|us|me)$/i;
// The verbs that report a statement ("…, Cuba predicted Wednesday"): a closed class the model does not mark.
export const SPEECH = new Set([
  'say', 'tell', 'announce', 'report', 'confirm', 'claim', 'warn', 'deny', 'state', 'add', 'believe', 'think', 'insist',
  'predict', 'estimate', 'note', 'write', 'argue', 'explain', 'acknowledge', 'admit', 'reply', 'declare', 'rule', 'assert',
]);
const FUTURE = new Set(['will', 'shall', "'ll"]);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);
// A headline may not end on a word that needs another after it.
export const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'ADJ', 'PRON']);

export function isPlural(words: readonly Token[], fallback?: string): boolean {
  if (words.length === 0) {
    // A subject known only as text ("Investigators", "the bank"): its last word's number, read as a common noun.
    // A name of several capitalised words is one thing ("Acme Motors invests").
    // "Maker of fasteners": the head noun stands before the first preposition.
    const all = fallback?.split(' ') ?? [];
    const cut = all.findIndex((w, i) => i > 0 && /^(?:of|in|at|for|from|with|on|to|by|as|who|which|that)$/.test(w));
    const parts = cut > 0 ? all.slice(0, cut) : all;
    const last = parts.at(-1) ?? '';
    const name = parts.length > 1 && /^[A-Z]/.test(parts.at(-2) ?? '');
    if (COLLECTIVE_PLURAL.test(last)) return true;
    // "13 Cubans", "two men": a count above one makes the noun plural.
    if (parts.length === 2 && /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i.test(parts[0]!) && !/^(?:1|one)$/i.test(parts[0]!)) return true;
    // "children", "fishermen": a common noun whose lemma differs from it is plural, with or without an -s.
    const lemmaDiffers = commonNounLemma(last).toLowerCase() !== last.toLowerCase();
    const irregular = !/(?:s|ing)$/.test(last) && lemmaDiffers;
    return (/[^s']s$/.test(last) || irregular) && (!/^[A-Z]/.test(last) || (!name && lemmaDiffers));
  }
  if (words.some((t) => t.pos === 'CCONJ' && t.lemma === 'and')) return true;
  // "Raiders known as the Sea Wolves", "Shares of the bank": the head noun stands before a participle or preposition.
  const cutAt = words.findIndex((t, i) => i > 0 && ((t.pos === 'ADP' && t.lemma !== 'than') || t.pos === 'VERB' || /^(?:who|which|that)$/i.test(t.text)));
  const phrase = cutAt > 0 ? words.slice(0, cutAt) : words;
  const head = phrase[phrase.length - 1]!;
  const lower = head.text.toLowerCase();
  // "the two are considering": a count above one is plural.
  if (head.pos === 'NUM') return !/^(?:one|1)$/i.test(lower);
  if (head.pos === 'PRON') return /^(?:they|we|you|i|these|those)$/.test(lower);
  if (COLLECTIVE_PLURAL.test(lower)) return true;
  // A noun's lemma differs from it only in the plural ("children" → "child", "prices" → "price").
  // ("earnings", "holdings": wink keeps the -ings of a noun used only in the plural as its lemma.)
  if (head.pos === 'NOUN') return (lower !== head.lemma && !lower.endsWith('ss') && !lower.endsWith('ing')) || /[^s]ings$/.test(lower);
  // A capitalised first word is tagged as a name: "Prices", "Officials", "Fishermen" are plural nouns, "Charles" is a name.
  // ("Fighting" is a gerund, one thing; a name may keep its capital in its lemma: "Ukraine".)
  return head.pos === 'PROPN' && phrase.length === 1 && !lower.endsWith('ing') && commonNounLemma(head.text).toLowerCase() !== lower;
}

/** The subject: the words before the verb back to a break, the last noun phrase when a preposition leads them. */
export function subjectBefore(words: readonly ClauseWord[], group: VerbGroup): Token[] {
  let found: Token[] = [];
  for (let i = group.from - 1; i >= 0; i--) {
    const { token, afterGap } = words[i]!;
    // "Officials led by the mayor met": the participle and its agent describe the noun before them.
    if (isVerb(token) && found[0]?.lemma === 'by') {
      found = [];
      continue;
    }
    // "told reporters the ferry would sail": an article or a subject pronoun after a noun starts the subject.
    // ("the sharp gains these stocks made": a determiner after a noun starts the subject too.)
    if (found.length > 0 && (found[0]!.pos === 'DET' || /^(?:he|she|it|they|we|i)$/i.test(found[0]!.text)) && (isNominal(token) && token.pos !== 'PRON' && !/^(?:the|a|an)$/i.test(token.text))) break;
    // "sent agents but there was no word": a conjunction before a subject pronoun joins two clauses.
    if (token.pos === 'CCONJ' && found.length > 0 && /^(?:there|he|she|it|they|we|i)$/i.test(found[0]!.text)) break;
    // "Raiders known as the Sea Wolves seized": a participle with its phrase after a noun is part of the subject.
    const describing = isVerb(token) && found[0]?.pos === 'ADP' && !token.text.endsWith('ing') && token.text.toLowerCase() !== token.lemma
      && (words[i - 1]?.token.pos === 'NOUN' || words[i - 1]?.token.pos === 'PROPN');
    if (describing) {
      found.unshift(token);
      continue;
    }
    // "Traders who rely on the port lost": a relative clause between the subject and its verb is part of the subject.
    // ("A woman who was watching her clothes was killed": its auxiliary too.)
    const auxiliary = words[i - 1] && isAux(words[i - 1]!.token) ? 1 : 0;
    const relative = words[i - 1 - auxiliary]?.token;
    const antecedent = words[i - 2 - auxiliary]?.token;
    if (isVerb(token) && found.length > 0 && relative && /^(?:who|which|that)$/i.test(relative.text) && antecedent && isNominal(antecedent)) {
      found.unshift(...words.slice(i - 1 - auxiliary, i + 1).map((w) => w.token));
      i -= 1 + auxiliary;
      continue;
    }
    // "Caen, which had been an objective, did not fall": the subject stands before the relative aside.
    if (token.text === ',' && found.length === 0) {
      const aside = findAsideStart(words, i);
      if (aside !== null) {
        i = aside;
        continue;
      }
      // "Ricardo Alarcon, head of Cuba's assembly, said": a noun phrase set off after a noun renames it. A name set off
      // after a common noun ("The director, Kari Moen, said") is the subject a headline gives.
      // ("Acme Corp., Bayonne, N.J., declared": one set off after another; a name after a name places it, and the first
      // name stays the subject.)
      let close = i;
      for (let opening = appositionStart(words, close); opening !== null; opening = appositionStart(words, close)) {
        const named = words.slice(opening + 1, close).map((w) => w.token);
        // (A person's name has two words at least: "Loudon county, Virginia," is a place.)
        if (named.length > 1 && named.every((t) => t.pos === 'PROPN') && words[opening - 1]!.token.pos === 'NOUN') return named;
        close = opening;
      }
      if (close < i) {
        i = close;
        continue;
      }
    }
    // "The border crossing at Lake Tana reopened": a bare -ing word inside the noun phrase is part of it.
    // ("those who are retaining Elian": after an auxiliary the -ing word is a verb.)
    const inPhrase = isVerb(token) && token.text.endsWith('ing') && found.length > 0 && !(words[i - 1] && isAux(words[i - 1]!.token));
    // ("NEW YORK _ A woman": a dash or underscore ends a dateline.)
    if (isBreak(token) || /^[_–—-]+$/.test(token.text) || ((isVerb(token) || isAux(token)) && !inPhrase)) break;
    found.unshift(token);
    if (afterGap) break;
  }
  // "Dockworkers last went on strike": an adverb between the subject and its verb belongs to the verb, and a headline
  // leaves it out. Only an adverb a headline drops, or "last"/"first" there: "Electric light arrived" (wink reads
  // light/ADV) keeps its noun.
  // ("Farmers in the north protested": after a preposition the word is its object, whatever its tag.)
  const dropsBeforeVerb = (t: Token) => t.pos === 'ADV' && (DROPPED_ADVERB.test(t.text) || /^(?:last|first)$/i.test(t.text));
  while (found.length > 1 && dropsBeforeVerb(found.at(-1)!) && found.at(-2)!.pos !== 'ADP' && !isArticle(found.at(-2)!)) found.pop();
  // "a strike that began": "that" right before the verb is its relative pronoun (wink may tag it a determiner); the
  // noun before it is the verb's subject.
  if (found.length > 1 && /^(?:that|which|who)$/i.test(found.at(-1)!.text)) found.pop();
  // "after raising it": a subordinator is no subject ("The general" is one, though wink reads "general" as ADJ).
  if (!found.some((t) => isNominal(t) || t.pos === 'ADJ')) return [];
  // "…, and masons from Aberdeen began": a conjunction opens the clause; the whole phrase after it is the subject.
  if (found.length > 1 && found[0]!.pos === 'CCONJ' && found[1]!.pos !== 'ADP') return found.slice(1);
  if (found[0] && (found[0].pos === 'ADP' || found[0].pos === 'CCONJ')) {
    // "After the war Germany was divided": the subject is the last name or noun run.
    let i = found.length - 1;
    const propn = found[i]?.pos === 'PROPN';
    // ("a New York Times poll": names may modify a common noun.)
    // ("the vanguard of Syria's contingent": "of" and a possessive join nouns inside one phrase.)
    const inPhrase = (k: number) => ['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN'].includes(found[k]!.pos) || (found[k]!.pos === 'PART' && /^['’]s$/.test(found[k]!.text))
      || (found[k]!.lemma === 'of' && k > 0 && found[k - 1]!.pos === 'NOUN');
    while (i > 0 && (propn ? found[i - 1]!.pos === 'PROPN' : inPhrase(i - 1))) i--;
    return found.slice(i);
  }
  return found;
}

/**
 * The index of the comma that opens an aside closed by the comma at `close` — a relative clause (", which …,") or an
 * attribution (", the union said Friday,") — or null.
 */
function findAsideStart(words: readonly ClauseWord[], close: number): number | null {
  for (let i = close - 1; i > 0 && close - i < 30; i--) {
    if (words[i]!.token.text !== ',') continue;
    // (", accompanied by a lawyer,": a participle set off after the subject describes it too.)
    const relative = /^(?:which|who|whose|where)$/i.test(words[i + 1]?.token.text ?? '') || (words[i + 1] !== undefined && isVerb(words[i + 1]!.token) && isNominal(words[i - 1]?.token ?? words[i]!.token));
    const attribution = words.slice(i + 1, close).some((w) => isVerb(w.token) && SPEECH.has(w.token.lemma));
    return relative || attribution ? i : null;
  }
  return null;
}

/**
 * The index of the comma that opens a noun phrase set off after a name or noun and closed by the comma at `close`
 * (", head of Cuba's assembly,"), or null: nothing in it may be a verb, and a noun must stand before it.
 */
function appositionStart(words: readonly ClauseWord[], close: number): number | null {
  for (let i = close - 1; i > 0 && close - i < 20; i--) {
    const { token } = words[i]!;
    if (token.text === ',') {
      const before = words[i - 1]!.token;
      // ("Kopp, 44, of St. Albans, …": an age set off after a name is one too.)
      return i < close - 1 && ['PROPN', 'NOUN', 'NUM'].includes(before.pos) ? i : null;
    }
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'PART', 'CCONJ'].includes(token.pos)) return null;
  }
  return null;
}

/** Where the object stops: a break, a new clause after "and", or a purpose infinitive after a complete object. */
export function objectAfter(words: readonly ClauseWord[], group: VerbGroup, long = false): Token[] {
  const found: Token[] = [];
  const speech = SPEECH.has(group.head.lemma);
  for (let i = group.to; i < words.length; i++) {
    const { token, afterGap } = words[i]!;
    const lower = token.text.toLowerCase();
    // "said that Kyiv …", "said: …": what was said is the object of a verb of saying.
    // "ruled last month that …", "declared that …": a that-clause is the object of any verb that takes one.
    // ("that" read as a determiner is one still when a verb follows within a few words: "that profits have …").
    const complementizer = lower === 'that' && (token.pos === 'SCONJ' || words.slice(i + 2, i + 6).some((w) => isVerb(w.token) || isAux(w.token)));
    if ((speech || complementizer) && found.length === 0 && (lower === 'that' || lower === ':')) continue;
    // "says a series of rulings imply that the law is void": what the object's own verb takes goes on.
    if (complementizer && found.length > 0 && found[0]!.pos !== 'ADP' && isVerb(found.at(-1)!) && speech) continue;
    // "said in a letter published Tuesday that …": where it was said gives way to what was said; "told reporters
    // that …" keeps to whom.
    if (speech && lower === 'that' && found.length > 0 && (found[0]!.pos === 'ADP' || found.every((t) => isNominal(t) || isArticle(t)))) {
      if (found[0]!.pos === 'ADP') found.length = 0;
      continue;
    }
    // A removed date ends the object ("met the king [on Monday] to …"), except inside what was said.
    // A title that would be two words long reads on past the date to the verb's complement ("took the stand [Friday]
    // in a Tel Aviv court", "announced plans to acquire …").
    // ("its [third-quarter] loss": a possessive before the date is no object yet.)
    // ("the remains of the [1644] wall": a date inside an open noun phrase leaves the phrase open.)
    const open = found.at(-1)?.pos === 'ADP' || found.at(-1)?.pos === 'DET';
    if (afterGap && found.some((t) => isNominal(t) && t.pos !== 'PRON') && !speech && !long && !open) break;
    // "than" starts a comparison, except in an amount ("more than 13%", "fewer than 300 homes").
    const amount = lower === 'than' && /^(?:more|less|fewer)$/i.test(found.at(-1)?.text ?? '') && (words[i + 1]?.token.pos === 'NUM' || words[i + 1]?.token.pos === 'SYM');
    // "his small, family-run store": a comma between two modifiers of one noun is no break (and no headline word).
    const next = words[i + 1]?.token;
    if (token.text === ',' && found.at(-1)?.pos === 'ADJ' && next && (next.pos === 'ADJ' || next.pos === 'NOUN') && words[i + 2]?.token.pos === 'NOUN') continue;
    if (isBreak(token) || (lower === 'than' && !amount)) break;
    // "and" before a new predicate or clause ends the object; "Kenya and Tanzania and offered" joins two nouns first.
    const ahead = words.slice(i + 1, i + 4);
    const nextAnd = ahead.findIndex((w) => w.token.pos === 'CCONJ');
    if (token.pos === 'CCONJ' && (nextAnd < 0 ? ahead : ahead.slice(0, nextAnd)).some((w) => isVerb(w.token) || isAux(w.token) || w.token.pos === 'PRON')) break;
    if (token.pos === 'PART' && lower === 'to' && found.some(isNominal) && words[i + 1] && isVerb(words[i + 1]!.token) && !long) break;
    found.push(token);
  }
  return found;
}

/**
 * The verb group in headline tense: present, passive without its auxiliary, "will" as "to". Reported by a past verb
 * of saying, "would" is the reporter's "will" ("said the port would reopen": "port to reopen").
 */
export function headlineVerb(group: VerbGroup, plural: boolean, notUntil: boolean, sharedPassive: boolean, reportedInPast = false): string[] {
  const aux = group.auxiliaries.map((t) => t.lemma.toLowerCase());
  const texts = group.auxiliaries.map((t) => (reportedInPast && t.text.toLowerCase() === 'would' ? 'will' : t.text.toLowerCase()));
  const head = group.head;
  const negated = group.negated && !notUntil;
  const not = negated ? ['not'] : [];
  const progressive = head.text.toLowerCase().endsWith('ing');
  const passive = isVerb(head) && (aux.includes('be') || (sharedPassive && aux.length === 0)) && !progressive;
  // "will be held" → "to be held", "will hold" → "to hold"; "could be delayed" keeps its modal.
  const infinitive = passive ? ['be', head.text.toLowerCase()] : [head.lemma];
  if (texts.some((t) => FUTURE.has(t))) return [...not, 'to', ...infinitive];
  const modal = texts.find((t) => MODAL.has(t));
  if (modal) return [modal, ...not, ...infinitive];
  if (passive) return [...not, ...(group.adverbs ?? []).map((t) => t.text.toLowerCase()), head.text.toLowerCase()];
  if (negated) return [presentOf('do', plural), 'not', head.lemma];
  // A past form the model could not lemmatise ("reemerged") stays as written rather than become "reemergeds".
  if (/[^e]ed$/i.test(head.lemma) && head.lemma === head.text.toLowerCase() && !isKnownWord(head.lemma)) {
    // "reemerged": a prefix before a past form the model knows ("emerged" → "emerge") gives the base.
    const form = head.text.toLowerCase();
    for (let k = 2; k <= 4; k++) {
      const base = regularPastLemma(form.slice(k));
      if (base) return [presentOf(form.slice(0, k) + base, plural)];
    }
    return [form];
  }
  return [presentOf(head.lemma, plural)];
}

/** A word list as text, keeping the text's own spacing ("Kremlin's", "$20"). */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    // ("it's": a clitic stays on its word.)
    const glued = i > 0 && tokens[i - 1]!.end === t.start && (t.pos === 'PART' || t.pos === 'PUNCT' || t.pos === 'SYM' || tokens[i - 1]!.pos === 'SYM' || /^['’]/.test(t.text));
    out += (i === 0 || glued ? '' : ' ') + (t.text === "n't" ? 'not' : t.text);
  });
  return out;
}

/**
 * Objects' own finite verbs after a subject ("says Kyiv lost") go to the present as well; with `reported`, what a
 * past verb of saying reported is told as a headline tells it ("said the port would reopen" → "says port will reopen").
 */
export function presentInObject(object: readonly Token[], reported = false): Token[] {
  const out: Token[] = [];
  let subject: Token | undefined;
  let passive = false;
  // A clause has one finite verb: after it, a past form after a noun is a participle ("wants diplomats based in …").
  let finite = false;
  let skip = -1;
  object.forEach((t, i) => {
    const before = out.at(-1);
    if (i === skip) return;
    // "is cutting" → "cuts", "is not going to change" → "will not change": a progressive is told in the present, and
    // "going to" is the future.
    if (isVerb(t) && passive && subject && t.text.toLowerCase().endsWith('ing')) {
      const future = t.lemma === 'go' && object[i + 1]?.text.toLowerCase() === 'to' && object[i + 2] !== undefined && isVerb(object[i + 2]!);
      if (future) {
        out.splice(out.at(-1)?.text === 'not' ? out.length - 1 : out.length, 0, { ...t, pos: 'AUX', text: 'will', lemma: 'will' });
        skip = i + 1;
      } else {
        out.push({ ...t, text: presentOf(t.lemma, isPlural([subject])) });
      }
      subject = undefined;
      passive = false;
      finite = true;
      return;
    }
    if (t.pos === 'CCONJ' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.text.toLowerCase() === 'that') finite = false;
    // "profits have not been good": the negation stays with the verb group ("profits are not good").
    if (isNegation(t) && subject) {
      out.push({ ...t, text: 'not' });
      return;
    }
    if (isAux(t) && (subject || (before && isNominal(before))) && !MODAL.has(t.text.toLowerCase()) && !FUTURE.has(t.text.toLowerCase())) {
      subject ??= before;
      passive = t.lemma === 'be';
      // "the talks had been difficult", "the father has the right": a copula or "have" that ends its auxiliaries is the
      // verb, and stays, in the present ("talks are difficult", "father has right").
      const next = object[i + 1];
      // A word after it that looks like a participle ("been retaken", read as a noun) makes it a passive, dropped.
      const participle = next !== undefined && /[a-z](?:ed|en)$/.test(next.text);
      const copula = { ...t, text: presentOf(t.lemma, isPlural([subject!])) };
      const main = passive || t.lemma === 'have';
      // ("says she was heartened": a pronoun keeps the copula of its passive, "she is heartened".)
      const pronounPassive = passive && subject?.pos === 'PRON' && next !== undefined && (isVerb(next) || participle) && !next.text.endsWith('ing');
      if (main && next && ((!isAux(next) && !isVerb(next) && !isNegation(next) && !participle) || pronounPassive)) {
        // Before a negation already written ("not"), the copula goes first: "profits are not good".
        const at = out.at(-1)?.text === 'not' ? out.length - 1 : out.length;
        out.splice(at, 0, copula);
      }
      return;
    }
    if (reported && t.text.toLowerCase() === 'would' && before && isNominal(before)) {
      out.push({ ...t, text: 'will' });
      return;
    }
    const verbAfterSubject = isVerb(t) && ((before && isNominal(before)) || subject);
    if (isVerb(t) || isAux(t)) finite = finite || verbAfterSubject === true || isAux(t);
    // ("a bulletin sent by the FBI": a past form before "by" is a passive participle.)
    const byAgent = object[i + 1]?.text.toLowerCase() === 'by';
    // ("join NATO at a ceremony held in Missouri": a noun a preposition takes is no subject; its past form describes it.)
    let k = out.length - 1;
    while (k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'].includes(out[k]!.pos)) k--;
    // ("as dawn broke": "as" leads a clause.)
    const inPhrase = !subject && out[k]?.pos === 'ADP' && out[k]!.lemma !== 'as' && k < out.length - 1;
    if (verbAfterSubject && !passive && !byAgent && !inPhrase && t.text.toLowerCase() !== t.lemma && !t.text.endsWith('ing') && !(finite && !subject && out.some((o) => isVerb(o)))) {
      out.push({ ...t, text: presentOf(t.lemma, isPlural([(subject ?? before)!])) });
    } else {
      out.push(t);
    }
    subject = undefined;
    passive = false;
  });
  return out;
}

export function limit(words: string[], tokens: (Token | null)[]): string[] {
  let n = Math.min(words.length, MAX_WORDS);
  if (words.length > MAX_WORDS) {
    // Too long: end before the last prepositional phrase that fits, never inside a name.
    let cut = n;
    while (cut > 3 && !(tokens[cut]?.pos === 'ADP' || tokens[cut]?.pos === 'CCONJ' || tokens[cut]?.pos === 'PUNCT')) cut--;
    // "visit a total of nine other sites", "says a series of rulings …": a lone noun before "of" is a quantity or a
    // part, and says nothing without its "of" phrase; the headline runs over by up to two words to keep it.
    let ofEnd = cut + 1;
    while (tokens[ofEnd] && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[ofEnd]!.pos)) ofEnd++;
    const quantity = tokens[cut]?.lemma === 'of' && tokens[cut - 1]?.pos === 'NOUN' && tokens[cut - 2] === null;
    if (quantity && ofEnd > cut + 1 && ofEnd <= MAX_WORDS + 2 && tokens[ofEnd - 1]!.pos !== 'ADJ') n = ofEnd;
    else if (cut > 3) n = cut;
    else while (n > 3 && tokens[n - 1]?.pos === 'PROPN' && tokens[n]?.pos === 'PROPN') n--;
  }
  // Right after the verb, a preposition is its particle ("ticks up") and an adjective its complement ("goes bankrupt"):
  // either may end the title.
  // After a copula an adjective completes the clause too ("talks are difficult but honest").
  const complement = (k: number): boolean => {
    const left = tokens[k - 1];
    return left === null || (left !== undefined && (left.lemma === 'be' || left.text === 'not' || (left.pos === 'ADV' && complement(k - 1))
      || (left.pos === 'CCONJ' && tokens[k - 2]?.pos === 'ADJ' && complement(k - 2))));
  };
  // "drove them out", "to swear her in": a particle after an object pronoun completes the verb too.
  const afterPronoun = (k: number) => OBJECT_PRONOUN.test(tokens[k - 1]?.text ?? '') && (tokens[k - 2] === null || tokens[k - 2]?.pos === 'VERB');
  const completesVerb = (token: Token) => (PARTICLE.test(token.text) && (tokens[n - 2] === null || complement(n - 1) || afterPronoun(n - 1)))
    || (token.pos === 'ADJ' && complement(n - 1)) || (OBJECT_PRONOUN.test(token.text) && tokens[n - 2] === null);
  // ("involved in the search before having": a gerund cut from what it takes leaves with its preposition; "having" and
  // "being" always take something.)
  const bareGerund = (k: number) => tokens[k - 1]?.pos === 'VERB' && /ing$/.test(tokens[k - 1]!.text) && tokens[k - 2]?.pos === 'ADP'
    && (n < words.length || /^(?:have|be)$/.test(tokens[k - 1]!.lemma));
  while (n > 2 && bareGerund(n)) n -= 2;
  // ("to $", "to as": a currency sign without its amount, or the "as" of "as many as", says nothing.)
  // ("cost the party about": an adverb before a cut-off amount too.)
  const needsMore = (token: Token) => (DANGLING.has(token.pos) && !completesVerb(token)) || (token.pos === 'SYM' && /^[$£€#¥]$/.test(token.text)) || /^as$/i.test(token.text)
    || (token.pos === 'ADV' && n < words.length && ['NUM', 'SYM'].includes(tokens[n]?.pos ?? ''))
    // ("added a steam engine so [that …]", "even [though …]": the adverb of a conjunction cut from its clause.)
    || (token.pos === 'ADV' && /^(?:so|even|just)$/i.test(token.text));
  while (n > 1 && tokens[n - 1] && needsMore(tokens[n - 1]!)) n--;
  // "Spitzer attacks him": an object pronoun may end a title that is otherwise a bare subject and verb.
  if (n <= 2 && tokens[n] && OBJECT_PRONOUN.test(tokens[n]!.text) && tokens[n - 1] === null) n++;
  return words.slice(0, n);
}

