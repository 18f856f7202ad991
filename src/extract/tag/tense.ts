import type { Tense } from './types.ts';

const CLAUSE_LEFT_CHARS = 140;
const CLAUSE_RIGHT_CHARS = 90;
/** Words after the mention weigh less: the governing verb usually comes before it in English news. */
const RIGHT_DISTANCE_FACTOR = 1.6;

const FUTURE_WORDS = "will|won't|should|might|must|wo n't|shall|gonna|going to|plans? to|planning to|intends? to|expects? to|expected|" +
  'scheduled|planned|slated|set to|set for|is due|are due|due by|due in|would|upcoming|next|later this|forthcoming|' +
  'deadline|effective|payable|expires?|expiring|to be|may be';
const PAST_WORDS = "was|were|had|did|didn't|ago|said|told|came|went|took|made|began|fell|rose|won|lost|met|saw|held|" +
  'left|led|got|gave|paid|sold|bought|built|became|brought|caught|fought|found|hit|kept|knew|let|put|ran|sent|set|' +
  'shot|spent|stood|struck|thought|wrote|last|earlier|has|have|been|since|previously|ended|[a-z]{2,}ed';
const PRESENT_WORDS = 'is|are|am|does|do|says|say|now|currently|remains?';

const MARKER = new RegExp(
  `(?<future>\\b(?:${FUTURE_WORDS})\\b|'ll\\b)|(?<past>\\b(?:${PAST_WORDS})\\b)|(?<present>\\b(?:${PRESENT_WORDS})\\b)`,
  'gi',
);

const LEADING_PREPOSITION = /\b(by|until|till|through|since|as soon as|as early as)\s+(?:(?:early|late|mid|the end of)[- ])?$/i;

/** Words ending in -ed that are not past-tense verbs (or point forwards). */
const NOT_PAST = new Set(['need', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'united', 'indeed', 'proceed',
  'exceed', 'succeed', 'breed', 'greed', 'weed', 'hundred', 'expected', 'scheduled', 'planned', 'proposed',
  'anticipated', 'intended', 'supposed', 'unprecedented', 'based', 'related', 'advanced', 'limited', 'armed',
  'interested', 'concerned', 'embed', 'tied', 'wed', 'led', 'preferred']);

/** Start and end of the clause holding [start, end): bounded by sentence punctuation or line breaks. */
export function findClause(text: string, start: number, end: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - CLAUSE_LEFT_CHARS);
  // The point of a decimal ("9.5 million") does not cut the clause.
  while (a > minA && !/[!?;\n]/.test(text[a - 1] ?? '') && !(text[a - 1] === '.' && !/\d\.\d/.test(text.slice(a - 2, a + 1)))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + CLAUSE_RIGHT_CHARS);
  while (b < maxB && !/[!?;\n]/.test(text[b] ?? '') && !(text[b] === '.' && /\s/.test(text[b + 1] ?? ' '))) b++;
  return [a, b];
}

/** The tense of the verb nearest to the mention within its clause ('none' when there is no verb to go by). */
export function detectTense(text: string, start: number, end: number): Tense {
  const [a, b] = findClause(text, start, end);
  const nearby = text.slice(a, b);
  // A deadline preposition points forwards unless the clause is in the past perfect ("by May, the city had fallen").
  const lead = LEADING_PREPOSITION.exec(text.slice(Math.max(a, start - 16), start));
  if (lead) {
    if (/^since$/i.test(lead[1] ?? '')) return 'past';
    if (!/\bhad\b/i.test(nearby)) return 'future';
  }
  // "visited … on Sunday and will travel …": a verb after a coordinator belongs to the next predicate.
  const coordinator = / (?:and|but) /i.exec(text.slice(end, b));
  const tense = nearestTense(nearby, a, start, end, coordinator ? end + coordinator.index : b);
  return tense === 'none' && coordinator ? nearestTense(nearby, a, start, end, b) : tense;
}

/** The tense of the marker nearest to [start, end) among those in `nearby` (which starts at `a`) before `rightLimit`. */
function nearestTense(nearby: string, a: number, start: number, end: number, rightLimit: number): Tense {
  const re = MARKER;
  re.lastIndex = 0;
  let best: Tense = 'none';
  let bestDistance = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(nearby)) !== null) {
    const at = a + m.index;
    if (at >= rightLimit) break;
    if (at >= start && at < end) continue;
    const groups = m.groups ?? {};
    const word = m[0].toLowerCase();
    let tense: Tense;
    if (groups.future !== undefined) tense = 'future';
    else if (groups.past !== undefined) {
      if (NOT_PAST.has(word)) continue;
      // "should be completed", "will be held": a passive participle takes its tense from the modal before it.
      if (/\bbe\s+$/i.test(nearby.slice(Math.max(0, m.index - 4), m.index))) continue;
      tense = 'past';
    } else tense = 'present';
    const distance = at < start ? start - (at + m[0].length) : (at - end) * RIGHT_DISTANCE_FACTOR;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = tense;
    }
  }
  return best;
}

/** Lower-cased sentence around [start, end), for cues like "quarter". */
export function findSentence(text: string, start: number, end: number): string {
  const [a, b] = findClause(text, start, end);
  return text.slice(a, b).toLowerCase();
}
