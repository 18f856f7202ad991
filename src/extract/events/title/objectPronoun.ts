import type { Token } from '../parse/parseSentence';

// A particle that may stand after an object pronoun ("drove them out") and goes before a noun ("drives out raiders").
const PARTICLE = /^(?:up|out|off|down|back|away|over|in|on|around|through|along|apart|aside)$/i;

/** What an object pronoun may stand for: the nearest named thing ("it") and the nearest plural subject ("them"). */
export interface ObjectAntecedents {
  /** The nearest named subject that is no person ("Kalmar"). */
  named?: string;
  /** The head of the nearest earlier subject that is plural ("raiders" of "Raiders known as the Sea Wolves"). */
  plural?: string;
  /** The last singular common noun of the sentence before the clause ("the army left the site, and the town bought it"). */
  nearby?: string;
}

/**
 * A headline names what a pronoun object stands for ("The wall protected them" → "Wall protects townspeople",
 * "occupied it" → "occupy Kalmar"); a particle after the pronoun goes before the noun ("drives out raiders"). With
 * nothing to stand for, or when it would repeat the clause's own subject, the pronoun stays.
 */
export function nameObjectPronoun(object: readonly Token[], antecedents: ObjectAntecedents, ownSubject: string | undefined): Token[] {
  const pronoun = object[0];
  // "announced it would …": a pronoun before a verb is the subject of a clause, not an object.
  if (!pronoun || pronoun.pos !== 'PRON' || (object[1] && (object[1].pos === 'VERB' || object[1].pos === 'AUX'))) return [...object];
  const lower = pronoun.text.toLowerCase();
  // "it" stands for a place or body named in one word ("Kalmar", "Intel"); a name of several words may be a person's.
  const named = antecedents.named && !antecedents.named.includes(' ') ? antecedents.named : undefined;
  const stands = lower === 'it' ? antecedents.nearby ?? named : lower === 'them' ? antecedents.plural : undefined;
  if (!stands || stands.toLowerCase() === ownSubject?.toLowerCase()) return [...object];
  const noun: Token = { ...pronoun, text: stands, pos: 'NOUN', lemma: stands.toLowerCase() };
  const particle = object[1];
  if (particle && particle.pos === 'ADP' && PARTICLE.test(particle.text) && (object.length === 2 || object[2]!.pos === 'ADP' || object[2]!.pos === 'PUNCT')) {
    return [particle, noun, ...object.slice(2)];
  }
  return [noun, ...object.slice(1)];
}
