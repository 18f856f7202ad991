import { commonNounLemma, isKnownWord, type Token } from '../parse/parseSentence';
import {
  findVerbGroups, firstTokenFrom, isArticle, isAux, isBreak, isNegation, isNominal, isVerb, keepClauseWords, PRONOUNS,
  type ClauseWord, type Cut, type VerbGroup,
} from './clauseWords';
import { COLLECTIVE_PLURAL, holdsName, shortenName } from './names';
import { datedNoun } from './nominalTitle';
import { presentOf } from './presentTense';

/** What the title of one dated clause is built from. */
export interface TitleInput {
  /** The sentence's words, parsed. */
  tokens: readonly Token[];
  /** The clause's bounds (offsets as the tokens'). */
  start: number;
  end: number;
  /** The temporal mentions to leave out. */
  cuts: readonly Cut[];
  /** Where the date that the title is for stands. */
  anchor: number;
  /** Who a pronoun or a missing subject stands for: a relative clause's noun, or a subject shared by coordination. */
  subject?: string;
  /** The nearest named subject of an earlier sentence: it stands in only for a pronoun or a clause with no words before
   * its verb, never for a subject the parse missed ("The Blue Lagoon, one of …, closed" is not "Scientists close"). */
  rememberedSubject?: string;
  /** The remembered subject is a person (named with a title of office): "it" never stands for them. */
  rememberedPerson?: boolean;
  /** The clause's kept words when the caller has them already (`keepClauseWords` of the same bounds and cuts). */
  prepared?: ReturnType<typeof keepClauseWords>;
  /** The shared subject's verb was passive ("was initialled … and signed"): a bare participle stays passive. */
  subjectPassive?: boolean;
}

/** A title and the subject it named (for the next clause's pronouns). */
export interface Title {
  text: string;
  /** The subject's words when they hold a name ("Putin", "Acme Motors"): what a later "he" or "it" stands for. */
  namedSubject?: string;
  /** The named subject is a person ("Keller", after "Foreign Minister"). */
  person?: boolean;
  /** The subject's words, named or not ("bank"): what a second predicate of the sentence shares. */
  subject?: string;
  /** The verb is passive ("was captured"). */
  passive?: boolean;
  /** The verb has an object or complement in the title ("celebrated Easter", "went bankrupt"). */
  hasObject?: boolean;
}

const MAX_WORDS = 10;
// A dated noun phrase shorter than this ("his 1988 recapitalization") says less than its clause does.
const MIN_NOUN_WORDS = 3;
// The closed class of verb particles ("ticks up", "kicks off"); any other preposition may not end a title.
const PARTICLE = /^(?:up|out|off|down|back|away|over|in|on|around|through|along|apart|aside|ahead)$/i;
const MAX_SUBJECT_WORDS = 5;
const OBJECT_PRONOUN = /^(?:him|her|it|them|us|me)$/i;
// The verbs that report a statement ("…, Cuba predicted Wednesday"): a closed class the model does not mark.
const SPEECH = new Set([
  'say', 'tell', 'announce', 'report', 'confirm', 'claim', 'warn', 'deny', 'state', 'add', 'believe', 'think', 'insist',
  'predict', 'estimate', 'note', 'write', 'argue', 'explain', 'acknowledge', 'admit', 'reply', 'declare', 'rule', 'assert',
]);
const FUTURE = new Set(['will', 'shall', "'ll"]);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can']);
// A headline may not end on a word that needs another after it.
const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'ADJ', 'PRON']);

function isPlural(words: readonly Token[], fallback?: string): boolean {
  if (words.length === 0) {
    // A subject known only as text ("Investigators", "the bank"): its last word's number, read as a common noun.
    // A name of several capitalised words is one thing ("Acme Motors invests").
    const parts = fallback?.split(' ') ?? [];
    const last = parts.at(-1) ?? '';
    const name = parts.length > 1 && /^[A-Z]/.test(parts.at(-2) ?? '');
    return /[^s']s$/.test(last) && (!/^[A-Z]/.test(last) || (!name && commonNounLemma(last) !== last.toLowerCase()));
  }
  if (words.some((t) => t.pos === 'CCONJ' && t.lemma === 'and')) return true;
  const cutAt = words.findIndex((t) => t.pos === 'ADP' && t.lemma !== 'than');
  const phrase = cutAt > 0 ? words.slice(0, cutAt) : words;
  const head = phrase[phrase.length - 1]!;
  const lower = head.text.toLowerCase();
  if (head.pos === 'PRON') return /^(?:they|we|you|i|these|those)$/.test(lower);
  if (COLLECTIVE_PLURAL.test(lower)) return true;
  if (head.pos === 'NOUN') return lower !== head.lemma && lower.endsWith('s') && !lower.endsWith('ss');
  // A capitalised first word is tagged as a name: "Prices", "Officials" are plural nouns, "Charles" is a name.
  return head.pos === 'PROPN' && phrase.length === 1 && lower.endsWith('s') && commonNounLemma(head.text) !== lower;
}

/** The subject: the words before the verb back to a break, the last noun phrase when a preposition leads them. */
function subjectBefore(words: readonly ClauseWord[], group: VerbGroup): Token[] {
  let found: Token[] = [];
  for (let i = group.from - 1; i >= 0; i--) {
    const { token, afterGap } = words[i]!;
    // "Officials led by the mayor met": the participle and its agent describe the noun before them.
    if (isVerb(token) && found[0]?.lemma === 'by') {
      found = [];
      continue;
    }
    // "Caen, which had been an objective, did not fall": the subject stands before the relative aside.
    if (token.text === ',' && found.length === 0) {
      const aside = findAsideStart(words, i);
      if (aside !== null) {
        i = aside;
        continue;
      }
    }
    // "The border crossing at Lake Tana reopened": a bare -ing word inside the noun phrase is part of it.
    const inPhrase = isVerb(token) && token.text.endsWith('ing') && found.length > 0;
    if (isBreak(token) || ((isVerb(token) || isAux(token)) && !inPhrase)) break;
    found.unshift(token);
    if (afterGap) break;
  }
  // "after raising it": a subordinator is no subject ("The general" is one, though wink reads "general" as ADJ).
  if (!found.some((t) => isNominal(t) || t.pos === 'ADJ')) return [];
  if (found[0] && (found[0].pos === 'ADP' || found[0].pos === 'CCONJ')) {
    // "After the war Germany was divided": the subject is the last name or noun run.
    let i = found.length - 1;
    const propn = found[i]?.pos === 'PROPN';
    while (i > 0 && (propn ? found[i - 1]!.pos === 'PROPN' : ['NOUN', 'ADJ', 'NUM', 'DET'].includes(found[i - 1]!.pos))) i--;
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
    const relative = /^(?:which|who|whose|where)$/i.test(words[i + 1]?.token.text ?? '');
    const attribution = words.slice(i + 1, close).some((w) => isVerb(w.token) && SPEECH.has(w.token.lemma));
    return relative || attribution ? i : null;
  }
  return null;
}

/** Where the object stops: a break, a new clause after "and", or a purpose infinitive after a complete object. */
function objectAfter(words: readonly ClauseWord[], group: VerbGroup, long = false): Token[] {
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
    // "said in a letter published Tuesday that …": where it was said gives way to what was said; "told reporters
    // that …" keeps to whom.
    if (speech && lower === 'that' && found.length > 0 && (found[0]!.pos === 'ADP' || found.every((t) => isNominal(t) || isArticle(t)))) {
      if (found[0]!.pos === 'ADP') found.length = 0;
      continue;
    }
    // A removed date ends the object ("met the king [on Monday] to …"), except inside what was said.
    // A title that would be two words long reads on past the date to the verb's complement ("took the stand [Friday]
    // in a Tel Aviv court", "announced plans to acquire …").
    if (afterGap && found.some(isNominal) && !speech && !long) break;
    if (isBreak(token) || lower === 'than') break;
    if (token.pos === 'CCONJ' && words.slice(i + 1, i + 4).some((w) => isVerb(w.token) || isAux(w.token) || w.token.pos === 'PRON')) break;
    if (token.pos === 'PART' && lower === 'to' && found.some(isNominal) && words[i + 1] && isVerb(words[i + 1]!.token) && !long) break;
    found.push(token);
  }
  return found;
}

/** The verb group in headline tense: present, passive without its auxiliary, "will" as "to". */
function headlineVerb(group: VerbGroup, plural: boolean, notUntil: boolean, sharedPassive: boolean): string[] {
  const aux = group.auxiliaries.map((t) => t.lemma.toLowerCase());
  const texts = group.auxiliaries.map((t) => t.text.toLowerCase());
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
  if (passive) return [...not, head.text.toLowerCase()];
  if (negated) return [presentOf('do', plural), 'not', head.lemma];
  // A past form the model could not lemmatise ("reemerged") stays as written rather than become "reemergeds".
  if (/[^e]ed$/i.test(head.lemma) && head.lemma === head.text.toLowerCase() && !isKnownWord(head.lemma)) return [head.text.toLowerCase()];
  return [presentOf(head.lemma, plural)];
}

/** A word list as text, keeping the text's own spacing ("Kremlin's", "$20"). */
function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const glued = i > 0 && tokens[i - 1]!.end === t.start && (t.pos === 'PART' || t.pos === 'PUNCT' || t.pos === 'SYM' || tokens[i - 1]!.pos === 'SYM');
    out += (i === 0 || glued ? '' : ' ') + (t.text === "n't" ? 'not' : t.text);
  });
  return out;
}

/** Objects' own finite verbs after a subject ("says Kyiv lost") go to the present as well. */
function presentInObject(object: readonly Token[]): Token[] {
  const out: Token[] = [];
  let subject: Token | undefined;
  let passive = false;
  object.forEach((t, i) => {
    const before = out.at(-1);
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
      if (main && next && !isAux(next) && !isVerb(next) && !isNegation(next) && !participle) {
        // Before a negation already written ("not"), the copula goes first: "profits are not good".
        const at = out.at(-1)?.text === 'not' ? out.length - 1 : out.length;
        out.splice(at, 0, copula);
      }
      return;
    }
    const verbAfterSubject = isVerb(t) && ((before && isNominal(before)) || subject);
    if (verbAfterSubject && !passive && t.text.toLowerCase() !== t.lemma && !t.text.endsWith('ing')) {
      out.push({ ...t, text: presentOf(t.lemma, isPlural([(subject ?? before)!])) });
    } else {
      out.push(t);
    }
    subject = undefined;
    passive = false;
  });
  return out;
}

function limit(words: string[], tokens: (Token | null)[]): string[] {
  let n = Math.min(words.length, MAX_WORDS);
  if (words.length > MAX_WORDS) {
    // Too long: end before the last prepositional phrase that fits, never inside a name.
    let cut = n;
    while (cut > 3 && !(tokens[cut]?.pos === 'ADP' || tokens[cut]?.pos === 'CCONJ' || tokens[cut]?.pos === 'PUNCT')) cut--;
    if (cut > 3) n = cut;
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
  const completesVerb = (token: Token) => (PARTICLE.test(token.text) && (tokens[n - 2] === null || complement(n - 1))) || (token.pos === 'ADJ' && complement(n - 1));
  while (n > 1 && tokens[n - 1] && DANGLING.has(tokens[n - 1]!.pos) && !completesVerb(tokens[n - 1]!)) n--;
  // "Spitzer attacks him": an object pronoun may end a title that is otherwise a bare subject and verb.
  if (n <= 2 && tokens[n] && OBJECT_PRONOUN.test(tokens[n]!.text) && tokens[n - 1] === null) n++;
  return words.slice(0, n);
}

/** Picks the verb group nearest the date: the last one before it, else the first after it. */
function pickGroup(words: readonly ClauseWord[], all: readonly VerbGroup[], anchor: number): VerbGroup | undefined {
  const finite = all.filter((g) => !g.participle);
  const groups = finite.length ? finite : all;
  const before = groups.filter((g) => g.head.start < anchor);
  let pick = before.at(-1) ?? groups[0];
  // "was found floating", "began delving": an -ing verb right after a verb completes it; the first verb is the event.
  const previous = pick ? groups[groups.indexOf(pick) - 1] : undefined;
  if (pick && previous && !pick.auxiliaries.length && pick.head.text.endsWith('ing') && previous.to === pick.from) pick = previous;
  // "Officials led by the mayor met …": a participle with its agent describes the subject; the next verb leads.
  if (pick && !pick.auxiliaries.length && words[pick.to]?.token.lemma === 'by' && groups.at(groups.indexOf(pick) + 1)) {
    return groups[groups.indexOf(pick) + 1];
  }
  return pick;
}

/** The verb group that governs the date at `anchor` in a clause (see `pickGroup`). */
export function groupNear(input: Omit<TitleInput, 'subject'>): VerbGroup | undefined {
  const { words } = input.prepared ?? keepClauseWords(input.tokens, input.start, input.end, input.cuts);
  return pickGroup(words, findVerbGroups(words), input.anchor);
}

/**
 * The one title builder: the dated clause's subject + verb + object in headline style — present tense, articles
 * dropped, a pronoun subject replaced by the given subject or left out, a titled name shortened to the surname,
 * at most ten words, never ending on a word that needs another. A clause without a verb gives its noun phrase when
 * that has a noun and two words; anything less gives null (no title is better than a fragment).
 */
export function buildTitle(input: TitleInput): Title | null {
  const { words, leadIns } = input.prepared ?? keepClauseWords(input.tokens, input.start, input.end, input.cuts);
  const groups = findVerbGroups(words);
  const group = pickGroup(words, groups, input.anchor);
  // "serves a sentence for the November 1995 assassination of Rabin": the date names the assassination, not the
  // serving. A dated noun before the verb is the clause's subject or setting, and the clause's title names it.
  const cut = input.cuts.find((c) => c.start <= input.anchor && input.anchor < c.end);
  const noun = cut ? datedNoun(input.tokens, cut, input.end) : null;
  if (noun && noun.words >= MIN_NOUN_WORDS && (!group || noun.head.start > group.head.start)) return { text: capitalise(noun.text) };
  if (!group) return nounPhraseTitle(words, input.subject);
  // "did not sign the deal until late on Thursday" reports the signing on Thursday.
  let notUntil = [...leadIns].some(([at, lemma]) => at >= input.anchor - 1 && (lemma === 'until' || lemma === 'till'));
  for (let i = firstTokenFrom(input.tokens, input.anchor - 24); i < input.tokens.length && input.tokens[i]!.start < input.anchor; i++) {
    if (/^(?:until|till)$/i.test(input.tokens[i]!.text)) notUntil = true;
  }
  const main = predicate(words, group, input, notUntil);
  if (!main) return null;
  // "Shares of Acme fell 3 percent, the company said Friday": what was said leads, attributed as headlines do.
  const previous = groups.filter((g) => !g.participle && g.to <= group.from).at(-1);
  const reports = SPEECH.has(group.head.lemma) && main.objectWords === 0;
  if (reports && main.subjectText && previous && words[group.from - 1] && words.slice(previous.to, group.from).some((w) => w.token.text === ',')) {
    const said = predicate(words.slice(0, previous.to + words.slice(previous.to, group.from).findIndex((w) => w.token.text === ',')), previous, { ...input, subject: undefined }, false);
    if (said && said.subjectText) return { text: capitalise(`${said.text}, ${attribution(words, main.text)}`), ...main.extra };
  }
  // "Qantas plans daily flights to Bombay, the airline announced Friday" with "plans" read as a noun: the statement
  // is the words before the comma.
  const comma = words.slice(0, group.from).findLastIndex((w) => w.token.text === ',');
  const reporter = words.slice(comma + 1, group.from).map((w) => w.token);
  if (reports && main.subjectText && !previous && comma >= 3 && reporter.length > 0 && reporter.every((t) => isNominal(t) || isArticle(t) || t.pos === 'ADJ')) {
    const statement = words.slice(0, comma).map((w) => w.token).filter((t) => !isArticle(t) && !isBreak(t));
    const kept = limit(statement.map((t) => t.text), statement);
    if (kept.length >= 3 && statement.some(isNominal)) return { text: capitalise(`${joinTokens(statement.slice(0, kept.length))}, ${attribution(words, main.text)}`), ...main.extra };
  }
  return { text: capitalise(lengthen(main.text, words, group)), ...main.extra };
}

/**
 * A verb with no object ("Volcano erupts") goes on with the participle phrase that tells what it did, in the same
 * clause: "A volcano erupted on Sunday, killing three hikers" → "Volcano erupts, killing three hikers".
 */
function lengthen(text: string, words: readonly ClauseWord[], group: VerbGroup): string {
  const count = text.split(' ').length;
  if (count > 2) return text;
  const comma = words.findIndex((w, i) => i >= group.to && w.token.text === ',');
  const participle = words[comma + 1]?.token;
  // "according to …" names a source, not what was done.
  if (comma < 0 || !participle || !isVerb(participle) || !/ing$/.test(participle.text) || participle.lemma === 'accord') return text;
  const phrase: Token[] = [];
  for (let i = comma + 1; i < words.length && !isBreak(words[i]!.token) && !(i > comma + 1 && words[i]!.afterGap); i++) phrase.push(words[i]!.token);
  const object = phrase.filter((t) => !isArticle(t));
  const kept = limit([...text.split(' ').map(() => ''), ...object.map((t) => t.text)], [...text.split(' ').map(() => null), ...object]);
  const tail = object.slice(0, kept.length - count);
  return tail.length > 1 ? `${text}, ${joinTokens(tail)}` : text;
}

/** "the airline announces" after a statement: lower-case, unless its first word is a name ("Cuba predicts"). */
function attribution(words: readonly ClauseWord[], text: string): string {
  const first = text.split(' ')[0];
  const named = words.some((w, i) => i > 0 && w.token.text === first && w.token.pos === 'PROPN');
  return named ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** One predicate in headline style: subject (or the given one), verb, object, limited to ten words. */
function predicate(words: readonly ClauseWord[], group: VerbGroup, input: TitleInput, notUntil: boolean) {
  // "The fighters waged war, declaring victory on Jan. 1": an -ing verb after a comma shares the subject before it.
  const sharing = !group.auxiliaries.length && group.head.text.endsWith('ing') && words[group.from - 1]?.token.text === ',';
  const governing = sharing ? findVerbGroups(words.slice(0, group.from)).filter((g) => !g.participle).at(-1) : undefined;
  const subjectTokens = subjectBefore(words, governing ?? group).filter((t) => !isArticle(t));
  let subject = shortenName(subjectTokens);
  // A name shortened after a title of office ("Foreign Minister Anna Keller") is a person's.
  const person = subject.length < subjectTokens.length && subject.every((t) => t.pos === 'PROPN');
  // "There was no profit": the existential's noun phrase is the headline.
  const existential = subject.length === 1 && subject[0]!.text.toLowerCase() === 'there' && group.head.lemma === 'be';
  if (existential) {
    const object = objectAfter(words, group).filter((t) => !isArticle(t));
    const kept = limit(object.map((t) => t.text), object);
    if (kept.length < 2) return null;
    return { text: joinTokens(object.slice(0, kept.length)), subjectText: undefined, objectWords: kept.length, extra: {} };
  }
  const pronoun = subject.length === 1 && PRONOUNS.has(subject[0]!.text.toLowerCase());
  if (pronoun) subject = [];
  if (subject.length > MAX_SUBJECT_WORDS) {
    const adp = subject.findIndex((t, i) => i > 0 && t.pos === 'ADP');
    subject = adp > 0 ? subject.slice(0, adp) : subject.slice(-MAX_SUBJECT_WORDS);
  }
  // "Found clinging to a raft in November, the boy …": a past participle that opens the sentence is passive.
  // (A past form with no subject before it can only be a participle; the lemma tells a past form from a present one.)
  const form = group.head.text.toLowerCase();
  const pastForm = form !== group.head.lemma && form !== presentOf(group.head.lemma, false) && !form.endsWith('ing');
  // Its subject is the main clause's, after the comma ("…, the boy has become a symbol"); without one it is no opening
  // phrase but a predicate sharing an earlier subject ("… opened in 1932 and closed in 2019").
  const first = input.tokens[firstTokenFrom(input.tokens, input.start)];
  const leads = group.from === 0 && first?.start === words[0]!.token.start && !group.auxiliaries.length && isVerb(group.head) && pastForm && !governing && !input.subject;
  const comma = leads ? words.findIndex((w, i) => i >= group.to && w.token.text === ',') : -1;
  const main = comma > 0 ? findVerbGroups(words).find((g) => g.from > comma && !g.participle) : undefined;
  const opening = main !== undefined;
  if (main && !subject.length) {
    const mainSubject = shortenName(subjectBefore(words, main).filter((t) => !isArticle(t)));
    if (mainSubject.length && !(mainSubject.length === 1 && PRONOUNS.has(mainSubject[0]!.text.toLowerCase()))) subject = mainSubject;
  }
  const nothingBeforeVerb = words.slice(0, group.from).every((w) => w.token.pos === 'PUNCT' || w.token.pos === 'CCONJ' || w.token.pos === 'ADV');
  const thing = pronoun && /^(?:it|this|that|which)$/i.test(subjectTokens[0]?.text ?? '');
  const remembered = thing && input.rememberedPerson ? undefined : input.rememberedSubject;
  const standIn = input.subject ?? (pronoun || nothingBeforeVerb ? remembered : leadingNounPhrase(words, group.from));
  const subjectText = subject.length ? joinTokens(subject) : standIn;
  const plural = isPlural(subject, standIn);
  const verb = headlineVerb(group, plural, notUntil, (input.subjectPassive === true && !subject.length) || opening);
  const lead = subjectText ? subjectText.split(' ') : [];
  let object = presentInObject(objectAfter(words, group).filter((t) => !isArticle(t)));
  if (lead.length + verb.length + object.length <= 2) object = presentInObject(objectAfter(words, group, true).filter((t) => !isArticle(t)));
  const all = [...lead, ...verb, ...object.map((t) => t.text)];
  const tokensOf: (Token | null)[] = [...lead.map(() => null), ...verb.map(() => null), ...object];
  const kept = limit(all, tokensOf);
  // Rejoin the object with its own spacing.
  const objectKept = object.slice(0, Math.max(0, kept.length - lead.length - verb.length));
  if (!subjectText && objectKept.length === 0) return null;
  const text = [...lead, ...verb].join(' ') + (objectKept.length ? ` ${joinTokens(objectKept)}` : '');
  // Only a name is remembered for the pronouns that follow: "he" is never "the plane".
  const named = holdsName(subject) ? joinTokens(subject) : undefined;
  const passive = group.auxiliaries.some((t) => t.lemma === 'be') && isVerb(group.head) && !group.head.text.endsWith('ing');
  const own = subject.length ? joinTokens(subject) : undefined;
  const extra: Omit<Title, 'text'> = {
    ...(named ? { namedSubject: named } : {}), ...(named && person ? { person } : {}), ...(own ? { subject: own } : {}), ...(passive ? { passive } : {}), ...(object.length ? { hasObject: true } : {}),
  };
  return { text: text.trim(), subjectText, objectWords: objectKept.length, extra };
}

/**
 * The clause's own opening noun phrase, up to its first comma or verb, for when the parse found no subject next to the
 * verb ("The Blue Lagoon, one of the most popular attractions, closed"): the clause's words, never another sentence's.
 */
function leadingNounPhrase(words: readonly ClauseWord[], before: number): string | undefined {
  const run: Token[] = [];
  for (const { token } of words.slice(0, before)) {
    if (token.pos === 'PUNCT' || isVerb(token) || isAux(token)) break;
    if (!isArticle(token)) run.push(token);
  }
  const phrase = shortenName(run).slice(0, MAX_SUBJECT_WORDS);
  return phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? joinTokens(phrase) : undefined;
}

/** A clause without a verb: its noun phrase, after the shared subject when it is a headline's second predicate. */
function nounPhraseTitle(words: readonly ClauseWord[], subject?: string): Title | null {
  const kept = words.map((w) => w.token).filter((t) => !isArticle(t) && !(t.pos === 'PUNCT'));
  // "Fed holds rates, signals cuts": a headline's predicates confuse the tagger; a lower-case start is a verb.
  if (subject && kept[0] && /^[a-z]/.test(kept[0].text)) return { text: capitalise(`${subject} ${joinTokens(kept.slice(0, MAX_WORDS - 1))}`) };
  const content = kept.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (content.length === 0 || kept.length < 2 || kept.every((t) => t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  const tokens = kept.slice(0, MAX_WORDS);
  while (tokens.length > 1 && DANGLING.has(tokens.at(-1)!.pos)) tokens.pop();
  if (tokens.length < 2) return null;
  return { text: capitalise(joinTokens(tokens)) };
}

/** "the massacre at Srebrenica" → "The massacre at Srebrenica": titles start with a capital. */
export function capitalise(text: string): string {
  // A list bullet or a stray mark before the first word is no part of a headline.
  const from = text.search(/[\p{L}\p{N}$£€"“]/u);
  const trimmed = from > 0 ? text.slice(from) : text;
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

