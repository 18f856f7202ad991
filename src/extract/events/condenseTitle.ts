import { findBaseForm, inflectPresent } from './toPresentTense';

/** A part of the clause to leave out of the title (a temporal mention), offsets into the clause. */
export interface CutRange {
  start: number;
  end: number;
  /** A duration: its "of …" phrase ("two months of fierce fighting") goes with it. */
  duration?: boolean;
}

const MAX_TITLE_WORDS = 14;
const PREPOSITION_BEFORE = /\b(?:in|on|at|since|during|for|by|until|till|from|between|after|before|through|throughout|over|within|of|around|about)\s+(?:(?:almost|nearly|about|around|some|roughly|more than|less than|over|just|only)\s+)?$/i;
// "After the massacre at Srebrenica, NATO launched …", "Every year since then, the city …": a leading adverbial.
const LEADING_ADVERBIAL = /^(?:(?:after|before|by|during|following|amid|despite|since|until|within|in|on|at(?! least))\b[^,]{0,80}|(?:every \w+ )?since(?: then)?),\s+(?=\S)/i;
const OF_PHRASE_AFTER = /^\s+of\s+(?:(?!(?:in|on|at|to|for|with|by|from|after|before|during)\b)[\p{L}'’-]+\s*){1,5}/iu;
const SEQUENCE_ADVERB = /\b(?:then|later|afterwards|subsequently|also|reportedly|eventually|finally)\b/gi;
const TITLE_WORD = /^(?:President|Minister|Secretary|Chancellor|King|Queen|Prince|Princess|General|Gen\.|Pope|Governor|Mayor|Senator|Leader|Chief|Commander|Premier|Ambassador|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor)$/;
const STOP_AT_END = /\s+(?:the|a|an|of|in|on|at|to|for|and|or|by|with|from|its|his|her|their)$/i;
const PASSIVE = /^(.+?)\s+(?:was|were|has been|have been|had been|is|are|being)\s+([a-z]+(?:ed|en)|[a-z]+)\s+by\s+(.+)$/;
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|every|each)$/i;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|am)$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const PRESENT_VERB = /^(?:is|are|remains?|seems?|appears?|stays?|looks?|becomes?|says|has|have|faces?|continues?)$/;
const PRONOUN_SUBJECT = /^(?:which|who|that)\b/i;
// "Officials said that …": the title keeps what was said, which is the news.
const REPORTED_SPEECH = /^(.{1,80}?\b(?:said|says|say|warned|warns|announced|announces|reported|reports|claimed|confirmed|denied|admitted|told\s+[\p{L}-]+))(?:\s+[^,"“]{1,60}?)?\s+that\s+/u;
// "The quake, followed hours later by a second tremor, killed …": a short subject, an aside, then the verb.
const PARTICIPLE_ASIDE = /^((?:The|A|An|This|That)\s+[^,]{1,40}),\s+(?:[a-z]+(?:ed|en|ing)|a|an|the)\s[^,]*,\s+(.*)$/u;
const NOT_UNTIL = /\b(?:did|does|do) not [a-z]+\b[^,.;]*\b(?:until|till)\b/;
// "Caen, which had been an objective for the first day, did not fall": the relative clause is an aside.
const RELATIVE_ASIDE = /^([^,]{1,60}),\s+(?:which|who|whose|where)\s[^,]*,\s+(.*)$/u;
// The head noun of a subject is its last word before a preposition ("Rescue teams in southern Turkey" → "teams").
const SUBJECT_HEAD = /^(.*?)(?:\s+(?:in|of|from|at|on|with|across|near|for)\s.*)?$/;
// Sentence-initial plurals look like names ("Officials", "Critics"); these endings are rare in names.
const PLURAL_ENDING = /(?:ers|ors|ists|ians|ents|ants|ials|ics|ies|ties|ces|ups|ops|ees|ives|ages|ades|ions|ments)$/;

function removeRanges(clause: string, cuts: readonly CutRange[]): string {
  let text = clause;
  for (const cut of [...cuts].sort((a, b) => b.start - a.start)) {
    let from = cut.start;
    let to = cut.end;
    if (cut.duration) {
      const of = OF_PHRASE_AFTER.exec(text.slice(to));
      if (of) to += of[0].length;
    }
    const prep = PREPOSITION_BEFORE.exec(text.slice(0, from));
    if (prep) from = prep.index;
    text = `${text.slice(0, from)} ${text.slice(to)}`;
  }
  return text;
}

/** Shortens a leading name with a title ("Russian President Vladimir Putin visited" → "Putin visited"). */
function shortenSubject(text: string): string {
  const run = /^((?:(?:[A-Z][\p{L}.'’-]*|of)\s+){1,7})([A-Z][\p{L}'’-]*)(?=\s+[a-z])/u.exec(text);
  if (!run) return text;
  const words = run[1]!.trim().split(/\s+/);
  const titled = words.some((w) => TITLE_WORD.test(w));
  // "Bank of America" is a name; "Secretary of State Antony Blinken" a title and a name.
  if (!titled && (words.length < 2 || words.includes('of'))) return text;
  // "The United Nations", "The New York Times": an organisation's name, not a person's.
  if (words[0] === 'The') return text;
  return text.slice(run[1]!.length);
}

/**
 * Whether a subject takes a plural verb: "Russian troops", "Rescue teams in southern Turkey", "Officials". A
 * capitalised word ending in s is more often a name ("Charles", "Paris"), unless its ending is a plural's.
 */
export function isPluralSubject(subject: string): boolean {
  if (/^(?:they|we)$/i.test(subject) || /\sand\s/.test(subject)) return true;
  // "The United Nations", "The Netherlands": a name, singular.
  if (/^The(?:\s+[A-Z][\p{L}.'’-]*)+$/u.test(subject)) return false;
  const head = SUBJECT_HEAD.exec(subject)![1]!.split(/\s+/).pop()!;
  if (/^[a-z]+[^s'’u]s$/.test(head)) return true;
  return /^[A-Z][a-z]+$/.test(head) && PLURAL_ENDING.test(head);
}

/** "The next policy meeting is …": an -ing word inside a noun phrase that opened with a determiner is a noun. */
function isNounInIng(words: readonly string[], i: number): boolean {
  if (!words[i]!.endsWith('ing')) return false;
  // "The fighting shifted", "a lightning counteroffensive": right after a determiner it names a thing.
  if (DETERMINER.test(words[i - 1]!)) return true;
  return i >= 2 && DETERMINER.test(words[0]!) && /^[a-z]+$/.test(words[i - 1]!) && !AUXILIARY.test(words[i - 1]!);
}

/** Turns the first verb after the subject into the present tense, as headlines are written. */
function toHeadlineTense(text: string): string {
  const words = text.split(' ');
  for (let i = 1; i < Math.min(words.length, 6); i++) {
    const word = words[i]!;
    if (/^(?:has|have|had)$/.test(word) && words[i + 1] && findBaseForm(words[i + 1]!)) {
      if (word === 'had') words[i] = isPluralSubject(words.slice(0, i).join(' ')) ? 'have' : 'has';
      return words.join(' ');
    }
    // "The airport remains closed": the verb is already in the present; "closed" describes.
    if (PRESENT_VERB.test(word)) return text;
    const base = /^[a-z]+$/.test(word) ? findBaseForm(word) : null;
    if (!base || isNounInIng(words, i)) continue;
    words[i] = inflectPresent(base, isPluralSubject(words.slice(0, i).join(' ')));
    return words.join(' ');
  }
  return text;
}

/** "Mariupol was captured by Russian troops" → "Russian troops capture Mariupol". */
function toActiveVoice(text: string): string {
  const m = PASSIVE.exec(text);
  if (!m) return text;
  const [, patient, verb, agent] = m as unknown as [string, string, string, string];
  const base = findBaseForm(verb);
  if (!base || /\s(?:and|or)\s/.test(patient)) return text;
  const plural = /\b[a-z]+s$/.test(agent) || /\band\b/.test(agent);
  return `${agent} ${inflectPresent(base, plural)} ${patient.replace(/^(The|A|An)\b/, (w) => w.toLowerCase())}`;
}

function limitWords(text: string): string {
  const words = text.split(' ');
  if (words.length <= MAX_TITLE_WORDS) return text;
  let cut = words.slice(0, MAX_TITLE_WORDS).join(' ');
  while (STOP_AT_END.test(cut)) cut = cut.replace(STOP_AT_END, '');
  return cut;
}

/**
 * Condenses a clause into a short headline-style title: temporal mentions (with their preposition) and sequence
 * adverbs are dropped, a relative pronoun becomes the noun it stands for, asides after a comma, relative clauses
 * and purpose infinitives are cut, a titled name is shortened to the surname, passive becomes active and the
 * verb moves to the present tense ("which was captured by Russian troops in May" → "Russian troops capture Mariupol").
 */
export function condenseTitle(clause: string, cuts: readonly CutRange[] = [], antecedent?: string): string {
  let text = removeRanges(clause, cuts).replace(SEQUENCE_ADVERB, ' ');
  text = text.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim().replace(/^[,;:.\s]+/, '');
  if (antecedent && PRONOUN_SUBJECT.test(text)) text = text.replace(PRONOUN_SUBJECT, antecedent);
  text = text.replace(LEADING_ADVERBIAL, '').replace(REPORTED_SPEECH, '$1 ').replace(PARTICIPLE_ASIDE, '$1 $2')
    .replace(RELATIVE_ASIDE, '$1 $2');
  text = text
    .replace(/,(?!\d).*$/, '')
    .replace(/\s+(?:that|which|who|whom|whose)\s.*$/, '')
    .replace(/\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|two|three|four|five|six|seven|eight|nine|ten)\b)(?![A-Z0-9])[a-z]+\b.*$/, '')
    .replace(/\s+in\s+an?\s+[a-z]+$/, '')
    .replace(/[\s.;:!?"”]+$/, '');
  text = toHeadlineTense(toActiveVoice(shortenSubject(text)));
  // "did not fall until 9 July" reports the fall on 9 July.
  if (NOT_UNTIL.test(clause)) text = text.replace(/\b(does|do) not ([a-z]+)\b/, (_, aux: string, verb: string) => inflectPresent(verb, aux === 'do'));
  text = limitWords(text.trim()).replace(/[\s\-–—,;:]+$/, '').replace(/\s+(?:and|or|but)$/, '');
  // Nothing but the date and small words left ("— 9:25pm"): the clause's own words are the best title there is.
  if (!HAS_WORD.test(text)) {
    const own = limitWords(clause.replace(/\s+/g, ' ').trim());
    text = HAS_WORD.test(own) ? own : 'Untitled event';
  }
  return capitalise(text);
}

/** "the massacre at Srebrenica" → "The massacre at Srebrenica": titles start with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
