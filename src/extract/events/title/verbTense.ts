import type { VerbGroup } from './clauseWords';
import { presentOf } from './presentTense';

/** The tense of a verb group, as far as events care: it decides ranges up to now, generic "today", past dates. */
export type VerbTense = 'past' | 'present' | 'perfect' | 'future' | 'none';

const FUTURE = /^(?:will|shall|'ll|would|could|might|may|should|must|can)$/i;

function isPresentForm(text: string, lemma: string): boolean {
  const lower = text.toLowerCase();
  if (lemma === 'be') return /^(?:is|are|am|'s|'re|'m)$/.test(lower);
  if (lemma === 'have') return lower === 'has' || lower === 'have';
  if (lemma === 'do') return lower === 'do' || lower === 'does';
  return lower === lemma || lower === presentOf(lemma, false) || lower.endsWith('ing');
}

/**
 * Reads the tense of a verb group from the forms the parser lemmatised: "has been" is perfect, "will hold" future
 * (a modal counts as not yet happened), "was", "fell", "did not fall" past, "is", "holds" present.
 */
export function tenseOf(group: VerbGroup | undefined): VerbTense {
  if (!group) return 'none';
  const first = group.auxiliaries[0] ?? group.head;
  if (FUTURE.test(first.text)) return 'future';
  if (first.lemma === 'have' && group.auxiliaries.length > 0 && isPresentForm(first.text, 'have')) return 'perfect';
  return isPresentForm(first.text, first.lemma) ? 'present' : 'past';
}
