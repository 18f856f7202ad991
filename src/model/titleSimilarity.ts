// Whether two event titles name the same happening, by the content words they share. Titles are short headline
// phrases ("Putin visits troops in Kherson"), so a crude stem and a word-set overlap are enough; anything smarter
// (a parse) would need the extractor's NLP model in the page.

// Function words carry no content: two titles sharing only "in" and "the" share nothing. Kept short on purpose:
// a word missing here only makes two titles look a little more alike, and the date must match too.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'after', 'before',
  'and', 'or', 'but', 'as', 'than', 'that', 'this', 'these', 'those', 'its', 'it', 'his', 'her', 'their', 'our',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'can', 'could',
  'may', 'might', 'not', 'no', 'up', 'out', 'about', 'says', 'said',
]);

// Suffixes stripped once, longest first, so "visited", "visits" and "visiting" all become "visit"; a final "e" goes
// after, so "vote", "votes" and "voted" meet at "vot". The minimum stem length keeps "bed" and "us" whole.
const SUFFIXES: readonly { suffix: string; replacement: string }[] = [
  { suffix: 'ies', replacement: 'y' },
  { suffix: 'ing', replacement: '' },
  { suffix: 'ed', replacement: '' },
  { suffix: 'es', replacement: '' },
  { suffix: 's', replacement: '' },
];
const MIN_STEM_LENGTH = 3;

/** A crude stem of one lower-case word: "visited" → "visit", "troops" → "troop", "cities" → "city", "votes" → "vot". */
export function stemWord(word: string): string {
  let stem = word;
  for (const { suffix, replacement } of SUFFIXES) {
    // "press" and "glass" end in s but are not plurals.
    if (suffix === 's' && stem.endsWith('ss')) break;
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM_LENGTH) {
      stem = stem.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return stem.length > MIN_STEM_LENGTH && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** The stems of a title's content words, each once: "Putin visits the troops" → ["putin", "visit", "troop"]. */
export function readContentStems(title: string): string[] {
  const words = title.toLowerCase().replaceAll(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const stems = new Set<string>();
  for (const word of words) if (!FUNCTION_WORDS.has(word)) stems.add(stemWord(word));
  return [...stems];
}

/**
 * Two titles are alike when their content words overlap by a Dice coefficient of at least this. Chosen on short
 * headline phrases: one word added to three ("Bridge reopens" / "Bridge reopens to traffic", 0.8) is the same
 * event; one word of three changed ("Council votes on toll" / "Council votes on budget", 0.67) is not.
 */
export const SIMILAR_TITLE_MIN_DICE = 0.7;

/** The Dice coefficient of two stem sets given how many stems they share: 2·shared / (|a| + |b|), 0 for two empty sets. */
export function computeDice(shared: number, sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

/** Whether two titles name the same happening by their content words (see SIMILAR_TITLE_MIN_DICE). */
export function areTitlesSimilar(a: string, b: string): boolean {
  const stemsA = readContentStems(a);
  const stemsB = new Set(readContentStems(b));
  const shared = stemsA.filter((stem) => stemsB.has(stem)).length;
  return computeDice(shared, stemsA.length, stemsB.size) >= SIMILAR_TITLE_MIN_DICE;
}
