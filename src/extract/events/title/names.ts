import { commonNounLemma, type Token } from '../parse/parseSentence';

// Titles of office and courtesy that stand before a person's name ("Foreign Minister Anna Keller", "Mr. Ortega",
// "General Motors Chief Executive Mary Barra"). wink tags a capitalised title as a name like the name after it and
// has no person entities, so this closed class is written here: it is what tells a title from a name.
const ROLE = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'pope', 'emperor', 'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'major', 'maj.', 'commander', 'marshal', 'governor', 'gov.', 'senator', 'sen.', 'rep.',
  'representative', 'congressman', 'congresswoman', 'mayor', 'judge', 'justice', 'chief', 'executive', 'chairman',
  'chairwoman', 'chair', 'director', 'commissioner', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'attorney', 'sheriff', 'inspector', 'detective', 'officer', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'rev.',
  'bishop', 'archbishop', 'cardinal', 'sir', 'lord', 'lady', 'dame', 'sheikh', 'emir', 'ayatollah', 'coach', 'manager',
  'deputy', 'leader', 'correspondent', 'founder', 'ceo',
]);

const isRole = (t: Token) => ROLE.has(t.text.toLowerCase());

// Nouns plural without a plural form, which a lemma cannot tell ("police say", "townspeople build"): "people" and
// "folk" in compounds as well.
export const COLLECTIVE_PLURAL = /^(?:[a-z]*(?:people|folk)|police|staff|crew|cattle)$/i;

/**
 * "Foreign Minister Anna Keller" → "Keller", "President Vladimir Putin" → "Putin", "Mr. Ortega" → "Ortega": a name
 * after a title of office is written by its surname, as headlines do. A name without a title stays whole ("Acme
 * Motors", "World Food Programme"): only a person has a surname.
 */
export function shortenName(words: Token[]): Token[] {
  const last = words.length - 1;
  if (last < 1 || words[last]!.pos !== 'PROPN' || isRole(words[last]!)) return words;
  let runStart = last;
  while (runStart > 0 && words[runStart - 1]!.pos === 'PROPN' && !isRole(words[runStart - 1]!)) runStart--;
  const before = words[runStart - 1];
  if (!before) return words;
  // "The mill on the River Arlen": a name after a preposition is that phrase's, not the subject's own.
  if (words.slice(0, runStart).some((t) => t.pos === 'ADP' && t.lemma !== 'of')) return words;
  // "Secretary of State Madeleine Albright": the title may hold "of" and a capitalised word after it.
  // ("Secretary of State James Baker": the office's own word may be read into the name's run.)
  const officeOf = before.text === 'of' && words[runStart - 2] !== undefined && isRole(words[runStart - 2]!) && last - runStart >= 2;
  const titled = isRole(before) || officeOf || (before.pos === 'PROPN' && words[runStart - 2]?.text === 'of' && words.slice(0, runStart - 2).some(isRole));
  // "the Russian-born Anna Keller": an adjective before a two-word name leaves the surname too.
  const described = before.pos === 'ADJ' && last - runStart >= 1;
  const lowerTitle = before.pos === 'NOUN' && /^[A-Z]/.test(before.text);
  // "King Charles II": a regnal number goes with the name before it.
  const surname = /^[IVX]+$/.test(words[last]!.text) && last - 1 >= runStart ? words.slice(last - 1) : [words[last]!];
  return titled || described || lowerTitle ? surname : words;
}

/**
 * The subject holds a name that a later "he" or "it" may stand for. A capitalised plural at the start of a sentence
 * is a common noun wink tags as a name ("Shares fell", "Police said"): no pronoun stands for it.
 */
export function holdsName(subject: readonly Token[]): boolean {
  const common = (t: Token) => COLLECTIVE_PLURAL.test(t.text) || commonNounLemma(t.text) !== t.text.toLowerCase();
  return subject.some((t, i) => t.pos === 'PROPN' && !(i === 0 && common(t)));
}
