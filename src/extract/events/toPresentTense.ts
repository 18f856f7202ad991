// Irregular past forms and participles → base form.
const IRREGULAR_BASE: Record<string, string> = {
  was: 'be', were: 'be', been: 'be', went: 'go', gone: 'go', took: 'take', taken: 'take', made: 'make', held: 'hold',
  met: 'meet', came: 'come', began: 'begin', begun: 'begin', won: 'win', lost: 'lose', fought: 'fight', said: 'say',
  told: 'tell', left: 'leave', sent: 'send', led: 'lead', struck: 'strike', shot: 'shoot', gave: 'give', given: 'give',
  saw: 'see', seen: 'see', fled: 'flee', fell: 'fall', fallen: 'fall', rose: 'rise', broke: 'break', broken: 'break',
  spoke: 'speak', wrote: 'write', ran: 'run', drove: 'drive', flew: 'fly', became: 'become', brought: 'bring',
  bought: 'buy', built: 'build', sold: 'sell', stood: 'stand', withdrew: 'withdraw', withdrawn: 'withdraw',
  had: 'have', did: 'do', done: 'do', got: 'get', kept: 'keep', found: 'find', paid: 'pay', laid: 'lay',
  swore: 'swear', sworn: 'swear', chose: 'choose', chosen: 'choose', shook: 'shake', sank: 'sink',
  retook: 'retake', retaken: 'retake', overran: 'overrun', overtook: 'overtake', undertook: 'undertake', drew: 'draw',
  threw: 'throw', thrown: 'throw', blew: 'blow', grew: 'grow', knew: 'know', hid: 'hide', bore: 'bear', beat: 'beat',
};
// Stems that lost a final "e" when -ed/-ing was added ("captur" → "capture", "mov" → "move").
const STEM_NEEDS_E = /(?:[vzcgu]|at|ut|ur|ir|id|ud|ad|as|os|ais|iz|ys|in|ar)$/;
const STEM_KEEPS_AS_IS = /(?:ain|oin|ein|ound|ard|ead|oad|eed|ood|ear|oar)$/;
const DOUBLED_CONSONANT = /([bdgmnprt])\1$/;

// One syllable, one short vowel, one consonant: a short vowel would have doubled it ("slammed"), so the "e" was dropped
// ("blamed" → "blam" → "blame", "hoped" → "hope").
const SHORT_STEM_LOST_E = /^[^aeiou]+[aeiou][^aeiouwxy]$/;

function restoreStem(stem: string): string {
  // "added", "erred": a doubled consonant that belongs to the word.
  if (DOUBLED_CONSONANT.test(stem) && !/^[aeiou]..$/.test(stem)) return stem.slice(0, -1);
  if (SHORT_STEM_LOST_E.test(stem)) return `${stem}e`;
  if (STEM_NEEDS_E.test(stem) && !STEM_KEEPS_AS_IS.test(stem)) return `${stem}e`;
  return stem;
}

// Words in -ing that are no verb's form.
const NOT_VERB_ING = new Set(['lightning', 'morning', 'evening', 'ceiling', 'during', 'nothing', 'something', 'anything',
  'everything', 'thing', 'things', 'spring', 'string', 'king', 'wing', 'ring', 'sibling', 'pudding', 'viking']);

/** The base form of a past, participle or -ing verb ("captured" → "capture", "visiting" → "visit"); null if not one. */
export function findBaseForm(word: string): string | null {
  const lower = word.toLowerCase();
  if (NOT_VERB_ING.has(lower)) return null;
  if (IRREGULAR_BASE[lower]) return IRREGULAR_BASE[lower]!;
  if (/^[a-z]{2,}ied$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/^[a-z]{3,}ed$/.test(lower)) return restoreStem(lower.slice(0, -2));
  if (/^[a-z]{3,}ing$/.test(lower)) return restoreStem(lower.slice(0, -3));
  return null;
}

/** The present-tense form of a base verb for a singular or plural subject ("capture" → "captures"). */
export function inflectPresent(base: string, plural: boolean): string {
  if (base === 'be') return plural ? 'are' : 'is';
  if (base === 'have') return plural ? 'have' : 'has';
  if (plural) return base;
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
