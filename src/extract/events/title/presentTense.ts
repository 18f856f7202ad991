/**
 * The present tense of a verb from its lemma (wink-nlp gives the lemma of every form, irregular ones too:
 * "struck" → "strike"), as headlines are written: "strike" → "strikes", "be" → "is"/"are". Only the regular
 * spelling rules of the third person are written here; the lemma is the library's.
 */
export function presentOf(lemma: string, plural: boolean): string {
  if (lemma === 'be') return plural ? 'are' : 'is';
  if (plural) return lemma;
  if (lemma === 'have') return 'has';
  if (/(?:[osxz]|[cs]h)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}
