import type { Token } from '../parse/parseSentence';
import {
  findVerbGroups, firstTokenFrom, isArticle, isBarePastForm, isPassive, isPerUnit, notArticle, isAux, isBreak, isNominal, isVerb, keepClauseWords, PRONOUNS,
  type ClauseWord, type Cut, type VerbGroup,
} from './clauseWords';
import { holdsName, shortenName } from './names';
import {
  DANGLING, headlineVerb, isPlural, joinTokens, limit, MAX_SUBJECT_WORDS, MAX_WORDS, objectAfter, presentInObject, SPEECH, subjectBefore,
} from './predicateParts';
import { datedNoun } from './nominalTitle';
import { nameObjectPronoun } from './objectPronoun';
import { nounPhraseEndingAt, nounRunBefore, relativeAntecedent } from './relativeClause';
import { participleTitle } from './participleTitle';
import { attribution, lengthen } from './headlineTail';
import { secondPredicate } from './secondPredicate';
import { leadingNounPhrase, nounBeforeClause, personBeforePlace, thingActedOn } from './subjectPhrases';
import { tenseOf } from './verbTense';
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
  /** The nearest earlier subject that is a thing, named or not ("bridge"), and whether it is plural: what "it" stands for. */
  rememberedThing?: { text: string; plural: boolean; head?: string };
  /** The thing the previous titled clause's verb acted on ("took over the mill"): what a passive "it" may stand for. */
  rememberedObject?: string;
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
  /** The common noun the verb acted on ("mill" of "took over the mill"): what a later passive "it" may stand for. */
  objectThing?: string;
  /** The clause's own subject when it is no person and no pronoun ("bridge"): what a later "it" may stand for. */
  thing?: { text: string; plural: boolean; head?: string };
}

const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;

// A dated noun phrase shorter than this ("his 1988 recapitalization") says less than its clause does.
const MIN_NOUN_WORDS = 3;

/** Picks the verb group nearest the date: the last one before it, else the first after it. */
function pickGroup(words: readonly ClauseWord[], all: readonly VerbGroup[], anchor: number): VerbGroup | undefined {
  const finite = all.filter((g) => !g.participle);
  const groups = finite.length ? finite : all;
  const before = groups.filter((g) => g.head.start < anchor);
  let pick = before.at(-1) ?? groups[0];
  // "was found floating", "began delving": an -ing verb right after a verb completes it; the first verb is the event.
  const previous = pick ? groups[groups.indexOf(pick) - 1] : undefined;
  if (pick && previous && !pick.auxiliaries.length && pick.head.text.endsWith('ing') && previous.to === pick.from) pick = previous;
  // "was found abandoned", "was left stranded": a bare past form right after a passive completes it.
  if (pick && previous && previous.to === pick.from && isBarePastForm(pick) && previous.auxiliaries.some((t) => t.lemma === 'be') && isVerb(previous.head)) pick = previous;
  // "Officials led by the mayor met …": a participle with its agent describes the subject; the next verb leads.
  if (pick && !pick.auxiliaries.length && words[pick.to]?.token.lemma === 'by' && groups.at(groups.indexOf(pick) + 1)) {
    return groups[groups.indexOf(pick) + 1];
  }
  return pick;
}

/** The finite verb of saying that reports `group`'s clause with no "that" or other break between them, if any. */
function reportingGroup(words: readonly ClauseWord[], all: readonly VerbGroup[], group: VerbGroup): VerbGroup | undefined {
  const before = all.filter((g) => !g.participle && g.to <= group.from).at(-1);
  if (!before || !SPEECH.has(before.head.lemma) || !isVerb(before.head) || before.to === group.from) return undefined;
  const between = words.slice(before.to, group.from).map((w) => w.token);
  return between.some((t) => isBreak(t) || t.pos === 'CCONJ') ? undefined : before;
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
  // (Only for a date: a clause's title asked for its subject has none there.)
  const described = cut ? participleTitle(words, groups, group, input.anchor) : null;
  if (described) return { text: capitalise(described) };
  if (!group) return nounPhraseTitle(words, input.subject);
  // "did not sign the deal until late on Thursday" reports the signing on Thursday.
  let notUntil = [...leadIns].some(([at, lemma]) => at >= input.anchor - 1 && (lemma === 'until' || lemma === 'till'));
  for (let i = firstTokenFrom(input.tokens, input.anchor - 24); i < input.tokens.length && input.tokens[i]!.start < input.anchor; i++) {
    if (/^(?:until|till)$/i.test(input.tokens[i]!.text)) notUntil = true;
  }
  // "Vogt told reporters the ferry would sail on Friday": the date is the reported clause's, and so is the title; a
  // pronoun subject of it stands for who reported it ("Acme said it expects …" → "Acme expects …").
  const reportedBy = reportingGroup(words, groups, group);
  const speakerText = reportedBy ? predicate(words.slice(0, reportedBy.to), reportedBy, input, false)?.subjectText : undefined;
  // "In an interview, the chairman said": a phrase of place or manner is no speaker.
  // ("I think it will change", "they believe": a pronoun nothing stands for names no speaker a headline could give.)
  const speaker = speakerText && !PRONOUNS.has(speakerText.toLowerCase()) && words.find((w) => w.token.text === speakerText.split(' ')[0])?.token.pos !== 'ADP' ? speakerText : undefined;
  const main = predicate(words, group, speaker ? { ...input, subject: speaker } : input, notUntil, reportedBy !== undefined && isBarePastForm(reportedBy));
  if (!main) return null;
  if (reportedBy && speaker && main.subjectText !== speaker) {
    // Its own subject: attributed after it, when that fits ("Ferry to sail, Vogt tells reporters").
    const whom = words.slice(reportedBy.to).map((w) => w.token);
    // To whom it was said: the nouns before the reported clause's article or pronoun ("told reporters the ferry …").
    const next = whom.findIndex((t) => !(t.pos === 'NOUN' || t.pos === 'PROPN' || /^(?:him|her|us|them|me)$/i.test(t.text)));
    const listeners = next > 0 && (isArticle(whom[next]!) || whom[next]!.pos === 'PRON') ? whom.slice(0, next) : [];
    const said = [speaker, presentOf(reportedBy.head.lemma, isPlural([], speaker)), ...(listeners.length ? [joinTokens(listeners)] : [])].join(' ');
    const text = `${main.text}, ${attribution(words, said)}`;
    return { text: capitalise(text.split(' ').length <= MAX_WORDS ? text : main.text), ...main.extra };
  }
  // "Shares of Acme fell 3 percent, the company said Friday": what was said leads, attributed as headlines do.
  const previous = groups.filter((g) => !g.participle && g.to <= group.from).at(-1);
  const reports = SPEECH.has(group.head.lemma) && main.objectWords === 0;
  if (reports && main.subjectText && previous && words[group.from - 1] && words.slice(previous.to, group.from).some((w) => w.token.text === ',')) {
    const said = predicate(words.slice(0, previous.to + words.slice(previous.to, group.from).findIndex((w) => w.token.text === ',')), previous, { ...input, subject: undefined }, false);
    // ("…, they believe": a pronoun names no source a headline could give; the statement stands alone.)
    const byPronoun = PRONOUNS.has(main.subjectText.toLowerCase());
    if (said && said.subjectText) return { text: capitalise(byPronoun ? said.text : `${said.text}, ${attribution(words, main.text)}`), ...main.extra };
  }
  // "Qantas plans daily flights to Bombay, the airline announced Friday" with "plans" read as a noun: the statement
  // is the words before the comma.
  const comma = words.slice(0, group.from).findLastIndex((w) => w.token.text === ',');
  const reporter = words.slice(comma + 1, group.from).map((w) => w.token);
  if (reports && main.subjectText && !previous && comma >= 3 && reporter.length > 0 && reporter.every((t) => isNominal(t) || isArticle(t) || t.pos === 'ADJ')) {
    const statement = words.slice(0, comma).map((w) => w.token).filter((t, i, all) => notArticle(t, i, all) && !isBreak(t));
    const kept = limit(statement.map((t) => t.text), statement);
    if (kept.length >= 3 && statement.some(isNominal)) return { text: capitalise(`${joinTokens(statement.slice(0, kept.length))}, ${attribution(words, main.text)}`), ...main.extra };
  }
  const also = secondPredicate(words, group, main.text, main.subjectText);
  return { text: capitalise(also ? `${main.text}, ${also}` : lengthen(main.text, words, group)), ...main.extra };
}

/** One predicate in headline style: subject (or the given one), verb, object, limited to ten words. */
function predicate(words: readonly ClauseWord[], group: VerbGroup, input: TitleInput, notUntil: boolean, reportedInPast = false) {
  // "The fighters waged war, declaring victory on Jan. 1": an -ing verb after a comma shares the subject before it.
  const sharing = !group.auxiliaries.length && group.head.text.endsWith('ing') && words[group.from - 1]?.token.text === ',';
  const governing = sharing ? findVerbGroups(words.slice(0, group.from)).filter((g) => !g.participle).at(-1) : undefined;
  const subjectTokens = personBeforePlace(subjectBefore(words, governing ?? group).filter(notArticle));
  let subject = shortenName(subjectTokens);
  // A name shortened after a title of office ("Foreign Minister Anna Keller") is a person's.
  const person = subject.length < subjectTokens.length && subject.every((t) => t.pos === 'PROPN');
  // "There was no profit": the existential's noun phrase is the headline.
  const existential = subject.length === 1 && subject[0]!.text.toLowerCase() === 'there' && group.head.lemma === 'be';
  if (existential) {
    // ("there was no profit [this year] from discontinued operations": a short one reads on past the date.)
    const short = objectAfter(words, group).filter(notArticle);
    const object = short.length < 4 ? objectAfter(words, group, true).filter(notArticle) : short;
    const kept = limit(object.map((t) => t.text), object);
    if (kept.length < 2) return null;
    return { text: joinTokens(object.slice(0, kept.length)), subjectText: undefined, objectWords: kept.length, extra: {} };
  }
  // "We are here to watch the launch": the speaker's own "I", "we" or "you" stands for no earlier name and stays.
  // ("'I am willing to leave,' Castro said": "I" is the speaker, when the sentence names one.)
  const speakerI = subject.length === 1 && /^i$/i.test(subject[0]!.text) && input.subject !== undefined && !/^(?:i|we|you)$/i.test(input.subject);
  const firstPerson = !speakerI && subject.length === 1 && /^(?:i|we|you)$/i.test(subject[0]!.text);
  if (firstPerson) subject = [{ ...subject[0]!, text: subject[0]!.text === 'i' ? 'I' : subject[0]!.text }];
  const pronoun = !firstPerson && subject.length === 1 && PRONOUNS.has(subject[0]!.text.toLowerCase());
  if (pronoun) subject = [];
  if (subject.length > MAX_SUBJECT_WORDS) {
    // "Raiders known as …": a participle goes with the phrase it leads.
    // ("the number of doctors who performed abortions": the relative clause goes first.)
    const relative = subject.findIndex((t, i) => i > 0 && RELATIVE_PRONOUN.test(t.text));
    // ("The possibility of a meeting between the leaders": "of" joins the head to its noun; the next phrase goes.)
    const phraseEnd = subject.findIndex((t, i) => i > 0 && ((t.pos === 'ADP' && t.lemma !== 'of') || isVerb(t) || RELATIVE_PRONOUN.test(t.text)));
    const adp = relative > 0 && relative <= MAX_SUBJECT_WORDS ? relative
      : phraseEnd > 0 && phraseEnd < MAX_SUBJECT_WORDS ? phraseEnd : subject.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || isVerb(t) || RELATIVE_PRONOUN.test(t.text)));
    subject = adp > 0 ? subject.slice(0, adp) : subject.slice(-MAX_SUBJECT_WORDS);
    // ("The $1.5 billion Harbor Fund": an amount cut in two is no part of the name.)
    while (subject.length > 1 && (subject[0]!.pos === 'NUM' || subject[0]!.pos === 'SYM')) subject = subject.slice(1);
  }
  // "Found clinging to a raft in November, the boy …": a past participle that opens the sentence is passive.
  // (A past form with no subject before it can only be a participle; the lemma tells a past form from a present one.)
  const form = group.head.text.toLowerCase();
  const pastForm = form !== group.head.lemma && form !== presentOf(group.head.lemma, false) && !form.endsWith('ing');
  // Its subject is the main clause's, after the comma ("…, the boy has become a symbol"); without one it is no opening
  // phrase but a predicate sharing an earlier subject ("… opened in 1932 and closed in 2019").
  const first = input.tokens[firstTokenFrom(input.tokens, input.start)];
  const leads = group.from === 0 && first?.start === words[0]!.token.start && !group.auxiliaries.length && isVerb(group.head) && pastForm && !governing && !input.subject;
  // "After touring the capital on Thursday, the FBI chief said …": an -ing clause after an opening preposition has the
  // main clause's subject.
  const leadsGerund = group.from === 1 && words[0]!.token.pos === 'ADP' && !group.auxiliaries.length && group.head.text.endsWith('ing') && !input.subject;
  const comma = leads || leadsGerund ? words.findIndex((w, i) => i >= group.to && w.token.text === ',') : -1;
  const main = comma > 0 ? findVerbGroups(words).find((g) => g.from > comma && !g.participle) : undefined;
  const opening = main !== undefined;
  if (main && !subject.length) {
    const mainSubject = shortenName(subjectBefore(words, main).filter(notArticle));
    if (mainSubject.length && !(mainSubject.length === 1 && PRONOUNS.has(mainSubject[0]!.text.toLowerCase()))) subject = mainSubject;
  }
  const nothingBeforeVerb = words.slice(0, group.from).every((w) => w.token.pos === 'PUNCT' || w.token.pos === 'CCONJ' || w.token.pos === 'ADV');
  const thing = pronoun && /^(?:it|this|that|which)$/i.test(subjectTokens[0]?.text ?? '');
  // "it" stands for the nearest earlier thing of its number ("the bridge … It was renovated"), else a named one.
  // ("The government took over the mill. It was handed back": what is handed back is what was taken, the object.)
  const nearestThing = isPassive(group) && input.rememberedObject ? input.rememberedObject
    : input.rememberedThing && !input.rememberedThing.plural ? input.rememberedThing.text : undefined;
  const namedThing = input.rememberedPerson || isPlural([], input.rememberedSubject) ? undefined : input.rememberedSubject;
  // ("they" never stands for one name, "he" or "she" never for several.)
  const they = pronoun && /^they$/i.test(subjectTokens[0]?.text ?? '');
  const numberFits = input.rememberedSubject !== undefined && (!pronoun || isPlural([], input.rememberedSubject) === they);
  const remembered = thing ? nearestThing ?? namedThing : numberFits ? input.rememberedSubject : undefined;
  // "the anger that the plan caused", "the bonds that it bought": a noun the clause's verb takes from before its subject.
  let subjectAt = subjectTokens.length ? words.findIndex((w) => w.token.start === subjectTokens[0]!.start) : -1;
  while (subjectAt > 0 && isArticle(words[subjectAt - 1]!.token)) subjectAt--;
  const taken = subjectAt > 0 ? relativeAntecedent(words, subjectAt) : [];
  // Its pronoun subject stands for the sentence's own subject ("The bank sold the bonds that it bought").
  const sentenceSubject = taken.length && pronoun && !input.subject ? leadingNounPhrase(words, subjectAt - taken.length - 1) : undefined;
  // "a strike that began last spring": a relative pronoun subject stands for the noun right before it.
  const relativeAt = subject.length === 0 && RELATIVE_PRONOUN.test(words[group.from - 1]?.token.text ?? '') ? group.from - 1 : -1;
  const relativeHead = relativeAt > 0 ? nounRunBefore(words, relativeAt) : undefined;
  // ("a geologist at the agency, who inspected": a headline drops the articles of a given subject too.)
  const given = input.subject?.replace(/(^|\s)(?:the|a|an)\s+/gi, '$1');
  const standIn = relativeHead ?? given ?? sentenceSubject ?? (pronoun || nothingBeforeVerb ? remembered : leadingNounPhrase(words, group.from));
  // "'It is not going to change,' the mayor said", "he arrived in Philadelphia": a pronoun nothing stands for stays, as a
  // verb without a subject is no headline. (A relative "who" describes a noun of another clause; "there" is no subject.)
  const ownPronoun = pronoun && standIn === undefined && !RELATIVE_PRONOUN.test(subjectTokens[0]!.text) && !/^there$/i.test(subjectTokens[0]!.text);
  const subjectText = subject.length ? joinTokens(subject) : ownPronoun ? capitalise(subjectTokens[0]!.text) : standIn;
  const plural = ownPronoun ? /^(?:they|we|you|these|those)$/i.test(subjectTokens[0]!.text) : isPlural(subject, standIn);
  // "In the 17th century Kalmar was a busy naval base": a past state told by "was" + a noun reads as a headline without
  // its copula, the article kept ("Kalmar a busy naval base"); "is" would put the state in the present.
  const raw = objectAfter(words, group);
  const pastState = group.head.lemma === 'be' && isAux(group.head) && !group.auxiliaries.length && !group.negated && /^(?:was|were)$/i.test(group.head.text)
    && /^(?:a|an)$/i.test(raw[0]?.text ?? '') && raw.slice(1).some((t) => t.pos === 'NOUN') && subject.length > 0;
  // "is not going to change": "going to" is the future of the verb after it ("not to change").
  const next = words[group.to + 1]?.token;
  if (group.head.lemma === 'go' && group.head.text.endsWith('ing') && group.auxiliaries.some((t) => t.lemma === 'be')
    && words[group.to]?.token.text.toLowerCase() === 'to' && next && isVerb(next)) {
    group = { ...group, to: group.to + 2, head: next, auxiliaries: [{ ...group.head, text: 'will', lemma: 'will', pos: 'AUX' }] };
  }
  const said = pastState ? [] : headlineVerb(group, plural, notUntil, (input.subjectPassive === true && !subject.length) || opening || group.reduced === true, reportedInPast);
  // ("I are" is "I am".)
  // (A pronoun keeps the future's "will": "It will not change", where a noun takes "to": "Rates not to change".)
  const future = firstPerson || ownPronoun ? said.indexOf('to') : -1;
  const told = future >= 0 && future < 2 ? ['will', ...said.slice(0, future), ...said.slice(future + 1)] : said;
  // ("We have been pushed out" → "We are pushed out": a pronoun keeps the passive's copula.)
  const bare = (firstPerson || ownPronoun) && group.auxiliaries.some((t) => t.lemma === 'be') && isVerb(group.head) && told[0] === group.head.text.toLowerCase();
  const singular = /^(?:it|he|she|this|that)$/i.test(subjectText ?? '');
  const copular = bare ? [presentOf('be', !singular), ...told] : told;
  const verb = firstPerson && subject[0]!.text === 'I' && copular[0] === 'are' ? ['am', ...copular.slice(1)] : copular;
  let lead = subjectText ? subjectText.split(' ') : [];
  const reported = SPEECH.has(group.head.lemma) && pastForm;
  const nearby = nounBeforeClause(input);
  const antecedents = {
    ...(nearby ? { nearby } : {}),
    ...(namedThing && !isPlural([], namedThing) ? { named: namedThing } : {}),
    ...(input.rememberedThing?.plural ? { plural: input.rememberedThing.head ?? input.rememberedThing.text } : {}),
  };
  const objectOf = (long: boolean) => {
    const written = objectAfter(words, group, long);
    // "Keller cut her forecast" → "Keller cuts forecast": a headline drops the subject's possessive before its noun
    // ("told her the news" keeps its object pronoun).
    const possessive = subjectText !== undefined && written[0]?.pos === 'PRON' && /^(?:his|her|its|their)$/i.test(written[0].text)
      && written[1] !== undefined && ['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(written[1].pos);
    const own = possessive ? written.slice(1) : written;
    const found = presentInObject(own.filter((t, i) => !isArticle(t) || (pastState && i === 0) || isPerUnit(own, i)), reported);
    // What a verb of saying takes is a clause; its pronouns are that clause's own.
    return SPEECH.has(group.head.lemma) ? found : nameObjectPronoun(found, antecedents, subjectText);
  };
  let object = objectOf(false);
  // "expect the backlog to clear by Friday": when the date is the infinitive's, the infinitive is the object's too.
  const objectEnd = object.length ? words.findIndex((w) => w.token.start === object.at(-1)!.start) + 1 : group.to;
  const infinitive = words[objectEnd]?.token;
  // "asked engineers to look again at the route": after a bare one- or two-word object the infinitive says what the
  // verb was for, and the headline needs it.
  const bareObject = object.length <= 2 && object.every((t) => isNominal(t));
  if (object.length && infinitive?.text.toLowerCase() === 'to' && words[objectEnd + 1] && isVerb(words[objectEnd + 1]!.token) && (infinitive.start < input.anchor || bareObject)) {
    // (Only when it fits: the ten-word limit would cut the object short again. After a bare object the limit may cut
    // the infinitive's own phrases, as long as "to" and its verb are in.)
    const whole = objectOf(true);
    const room = MAX_WORDS - lead.length - verb.length;
    if (whole.length <= room || (bareObject && object.length + 2 <= room)) object = whole;
  }
  // (What follows a relative clause's verb may be the main clause's verb: "the anger that the plan caused remains".)
  // "the gains these stocks made [this week]": with no object of its own, a verb right after its subject takes the noun
  // before that subject, as a relative clause without "that" does.
  // ("told reporters the ferry would sail": the listeners of a verb of saying are not the clause's.)
  const antecedent = subjectAt > 0 && subject.length > 0 && words[subjectAt - 1]!.token.pos === 'NOUN' ? nounPhraseEndingAt(words, subjectAt - 1) : [];
  const toldBefore = words[subjectAt - 1 - antecedent.length]?.token;
  const bareTaken = !taken.length && object.length === 0 && !isAux(group.head) && !(toldBefore && SPEECH.has(toldBefore.lemma)) ? antecedent : [];
  if (bareTaken.length) object = bareTaken;
  if (taken.length && (object.length === 0 || words[group.to]?.afterGap || isVerb(object[0]!) || isAux(object[0]!))) object = taken;
  // "a plant in Thika, which the manufacturer bought in 2023": the noun a relative clause describes is what its verb
  // took, when the clause has a subject of its own and nothing after the verb.
  const opener = words[0]?.token;
  if (!object.length && subject.length && given && opener && /^(?:which|that|whom)$/i.test(opener.text) && group.from > 1 && !isAux(group.head)) {
    object = given.split(' ').map((text) => ({ ...opener, text, pos: 'NOUN', lemma: text.toLowerCase() }));
  }
  if (lead.length + verb.length + object.length <= 2) object = objectOf(true);
  // "Ferry crews on the west coast voted to accept a 6 percent pay offer": when the limit would cut the object inside
  // a noun phrase ("6 percent | pay offer") rather than before a phrase of its own ("… ceasefire | along the border"),
  // the subject's phrase of place goes instead.
  const phraseAt = subject.findIndex((t, i) => i > 0 && t.pos === 'ADP' && !/^(?:of|than|as)$/i.test(t.text));
  let cut = MAX_WORDS - lead.length - verb.length;
  while (cut > 0 && object[cut - 1] !== undefined && ['ADP', 'ADJ', 'DET', 'CCONJ'].includes(object[cut - 1]!.pos)) cut--;
  const midPhrase = cut > 0 && object[cut] !== undefined && object[cut]!.pos !== 'ADP' && ['NOUN', 'PROPN', 'NUM'].includes(object[cut - 1]!.pos);
  if (phraseAt > 0 && lead.length === subject.length && midPhrase) lead = lead.slice(0, phraseAt);
  const all = [...lead, ...verb, ...object.map((t) => t.text)];
  const tokensOf: (Token | null)[] = [...lead.map(() => null), ...verb.map(() => null), ...object];
  const kept = limit(all, tokensOf);
  // Rejoin the object with its own spacing.
  const objectKept = object.slice(0, Math.max(0, kept.length - lead.length - verb.length));
  // No subject and nothing after the verb ("It was last renovated" with no earlier thing): the clause's own words say
  // it; a dated clause never goes for want of a subject.
  // (A relative "who"/"which" is not such a subject: its clause describes a noun of another clause.)
  // (A past pronoun clause with nothing after its verb is told as written, "It was first opened", keeping its tense.)
  if ((!subjectText || (ownPronoun && tenseOf(group) === 'past')) && objectKept.length === 0) return pronoun && !RELATIVE_PRONOUN.test(subjectTokens[0]!.text) ? ownWords(words, words.findIndex((w) => w.token.start === subjectTokens[0]!.start)) : null;
  // ("[Today] is a sad day for the constitution": a copula with no subject leaves its noun phrase, as headlines write it.)
  const copulaAlone = !subjectText && group.head.lemma === 'be' && isAux(group.head) && objectKept.length >= 2 && objectKept[0]!.pos !== 'PART' && objectKept.some((t) => t.pos === 'NOUN');
  const text = copulaAlone ? joinTokens(objectKept) : [...lead, ...verb].join(' ') + (objectKept.length ? ` ${joinTokens(objectKept)}` : '');
  // Only a name is remembered for the pronouns that follow: "he" is never "the plane".
  const named = holdsName(subject) ? joinTokens(subject) : undefined;
  const passive = isPassive(group);
  const own = subject.length ? joinTokens(subject) : undefined;
  const ownThing = own ?? (input.subject || pronoun || nothingBeforeVerb ? undefined : standIn);
  // Its head alone ("raiders" of "Raiders known as the Sea Wolves") is what an object "them" is named by.
  const cutAt = subject.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || isVerb(t)));
  const headTokens = cutAt > 0 ? subject.slice(0, cutAt) : subject;
  const head = headTokens.length ? (holdsName(headTokens) ? joinTokens(headTokens) : joinTokens(headTokens).toLowerCase()) : undefined;
  const objectThing = thingActedOn(objectKept);
  const thingOf = ownThing && !person && !(named && input.rememberedPerson && named === input.rememberedSubject) ? { thing: { text: ownThing, plural, ...(head ? { head } : {}) } } : {};
  const extra: Omit<Title, 'text'> = {
    ...(named ? { namedSubject: named } : {}), ...(named && person ? { person } : {}), ...(own ? { subject: own } : {}), ...(passive ? { passive } : {}), ...(object.length ? { hasObject: true } : {}), ...thingOf, ...(objectThing ? { objectThing } : {}),
  };
  return { text: text.trim(), subjectText, objectWords: objectKept.length, extra };
}

/**
 * The clause's words as written from the pronoun at `from` on, up to ten, for a predicate with neither subject nor
 * object. After "that"/"which" the noun it describes is the verb's object and opens them: "the circular that it mailed
 * last Friday" → "Circular that it mailed".
 */
function ownWords(words: readonly ClauseWord[], from: number) {
  const object = from >= 2 && RELATIVE_PRONOUN.test(words[from - 1]!.token.text) && words[from - 2]!.token.pos === 'NOUN';
  const tokens = words.slice(Math.max(0, object ? from - 2 : from)).map((w) => w.token).filter((t) => t.pos !== 'PUNCT');
  const kept = limit(tokens.map((t) => t.text), tokens);
  if (kept.length === 0) return null;
  return { text: joinTokens(tokens.slice(0, kept.length)), subjectText: undefined, objectWords: 0, extra: {} };
}

/** A clause without a verb: its noun phrase, after the shared subject when it is a headline's second predicate. */
function nounPhraseTitle(words: readonly ClauseWord[], subject?: string): Title | null {
  const kept = words.map((w) => w.token).filter((t, i, all) => notArticle(t, i, all) && t.pos !== 'PUNCT');
  // "Fed holds rates, signals cuts": a headline's predicates confuse the tagger; a lower-case start is a verb.
  if (subject && kept[0] && /^[a-z]/.test(kept[0].text)) return { text: capitalise(`${subject} ${joinTokens(kept.slice(0, MAX_WORDS - 1))}`) };
  const content = kept.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // "according to unconfirmed reports", "because of the storm": a phrase that leads into something is no headline.
  if (kept[0] && (kept[0].pos === 'ADP' || kept[0].pos === 'SCONJ' || kept[0].lemma === 'accord')) return null;
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

