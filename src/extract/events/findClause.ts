import { parseSentence, type Token } from './parse/parseSentence';
import { firstTokenFrom } from './title/clauseWords';

/** The clause around a position of a sentence; offsets are into the paragraph. */
export interface Clause {
  start: number;
  end: number;
  /** For a relative clause ("…Bakhmut, which …"): the noun it describes, and where that noun starts. */
  antecedent?: { name: string; start: number };
  /** For a second predicate ("… visited X on Sunday and will travel …"): where the clause whose subject it shares lies. */
  sharedSubjectIn?: { start: number; end: number };
  /** Where the event's quoted words end when a second predicate without a date of its own goes with this clause's date. */
  sourceEnd?: number;
  /**
   * For a clause opened by "when", "while" or "as" without a comma ("… perished when their boat sank in November"):
   * where the clause it tells the time of starts, which happened then too.
   */
  sameTimeFrom?: number;
  /** Where the event's quoted words start when the clause before, without a date of its own, happened at this one's. */
  sourceStart?: number;
  /** A headline's shared subject, read from its capitals ("Fed holds rates, signals cuts": "Fed"). */
  subjectText?: string;
  /** Opened by a relative pronoun: its subject is the antecedent, never a name from elsewhere. */
  relative?: boolean;
  /** A relative clause inside this one ("the mayor, who took office in 2019, resigned"): its verb is not this clause's. */
  skip?: { start: number; end: number };
  /** The clause is not the sentence's main one (relative, subordinate, an aside): its date is not the story's. */
  subordinate: boolean;
}

/** How a boundary relates the clause it opens to the sentence. */
type BoundaryKind = 'relative' | 'subordinate' | 'coordinate';

/** A boundary between two clauses of one sentence (exported for the sentence context, which finds them once). */
export interface Boundary {
  /** Where the previous clause ends (exclusive). */
  cut: number;
  /** Where the next clause starts. */
  next: number;
  kind: BoundaryKind;
  /** The clause it opens has no subject of its own: it shares the sentence's ("and will travel to Ankara"). */
  sharesSubject?: boolean;
  /** Opens a second predicate in the same tense ("… in 1619 and renamed it Batavia"): undated, it tells the same happening. */
  samePredicateTime?: boolean;
  /** Closes a relative clause and goes on with the main one ("Caen, which …, did not fall until 9 July"). */
  resumesMain?: boolean;
}

const SUBJECT_AHEAD = String.raw`(?=(?:he|she|they|it|we|I|there|[A-Z][\p{L}'’-]*)\b)`;
// Each pattern's first group is what opens the next clause; everything before it closes the previous one. Every
// pattern that may start at a space looks behind for a non-space, so a run of spaces is tried once (linear).
// A clause with a finite verb a few words after its determiner: "after a magnitude 7.8 earthquake struck …".
// Whether a finite verb follows is the parse's to say (see `PAST_VERB_WITHIN`), not a list of irregular forms.
const CLAUSE_AHEAD = String.raw`(?=(?:the|a|an|his|her|its|their)\s)`;
// `hint` is a cheap test a sentence must pass before its pattern runs (most sentences have few commas or joins).
// `kind` says whether the clause opened is the sentence's main line (coordinate) or hangs from it.
// `verbWithin`: the clause it opens must have a verb in the past within that many words of its start (the parse tells
// "struck", "fell" and "said" from nouns; a pattern would need a list of irregular forms).
const BOUNDARY_PATTERNS: { hint: RegExp; pattern: RegExp; kind: BoundaryKind; sharesSubject?: boolean; samePredicateTime?: boolean; resumesMain?: boolean; verbWithin?: number }[] = [
  // A comma straight before a verb ends an embedded relative clause; elsewhere it means nothing (see findClause).
  { hint: /,/, pattern: /,\s+((?:did|does|do|was|were|is|are|has|had|have|will|would|could|can|may|might|[a-z]{3,}ed)\b)/g, kind: 'coordinate', resumesMain: true },
  // The same after an irregular past, which only the parse knows ("the company, which is based in Ohio, said …").
  { hint: /,/, pattern: /,\s+((?![a-z]{3,}ed\b)[a-z]{3,}\b)/g, kind: 'coordinate', resumesMain: true, verbWithin: 1 },
  { hint: /,\s*wh/, pattern: /,\s+((?:which|who|whom|whose|where)\b)/g, kind: 'relative' },
  // After a comma, "and the cabinet fell" opens a clause too; without the comma "the X and the Y" is one phrase.
  { hint: /,\s*(?:and|but|so|yet)\s/, pattern: new RegExp(String.raw`,\s+(?:and|but|so|yet)\s+((?:the|a|an|his|her|its|their)\s+|${SUBJECT_AHEAD})`, 'gu'), kind: 'coordinate' },
  // "was shot at 10 p.m. as he stood in his kitchen": what went on at the same time is quoted with the dated clause.
  // "as soon as Tuesday", "as early as May" compare; the second "as" opens no clause.
  { hint: /\s(?:while|as)\s/, pattern: new RegExp(String.raw`(?<!such|\bas\s[a-z]{2,12}|so|\s)\s+(?:while|as)\s+${SUBJECT_AHEAD}`, 'gu'), kind: 'subordinate', samePredicateTime: true },
  { hint: /\s(?:whereas|because|although|though)\s/, pattern: new RegExp(String.raw`(?<!\s)\s+(?:whereas|because|although|though)\s+${SUBJECT_AHEAD}`, 'gu'), kind: 'subordinate' },
  // "…, and two days later the union called off the strike": a new clause, a counted time after the date before it.
  { hint: /\s(?:and|but)\s/, pattern: /(?<!\s),?\s+(?:and|but)\s+((?:[\p{L}\d-]+\s){1,2}(?:days?|weeks?|months?|years?|decades?)\s(?:later|earlier)\b)/gu, kind: 'coordinate' },
  // "… took the town on Monday, then moved on to the capital": after "then" an untold time has passed, so the words
  // after it are another clause, which the date before does not reach.
  { hint: /,\s*then\s/, pattern: /,\s+(then\s+)(?=\S)/g, kind: 'coordinate' },
  // "…, and by 2 April Ukraine said …": a new clause that opens with its own date.
  { hint: /,\s*(?:and|but)\s/, pattern: /,\s+(?:and|but)\s+((?:by|on|in|from|since|until)\s+(?=\S))/g, kind: 'coordinate' },
  // "… on Sunday, two weeks after a magnitude 7.8 earthquake struck the region on Feb. 6": two dated clauses.
  { hint: /\s(?:after|before|until)\s|,\s+when\s/, pattern: new RegExp(String.raw`(?<!\s)(?:\s+(?:after|before|until)|(?<=,)\s+when)\s+${CLAUSE_AHEAD}`, 'gu'), kind: 'subordinate', verbWithin: 7 },
  // "… were killed on Sunday when a storm hit the coast": without a comma, "when" tells how the dated happening came
  // about, at its time, so the dated clause quotes it too (", when …" describes the date: see draftWhenClause).
  { hint: /\swhen\s/, pattern: new RegExp(String.raw`(?<![\s,])\s+when\s+${CLAUSE_AHEAD}`, 'gu'), kind: 'subordinate', samePredicateTime: true, verbWithin: 7 },
  // "…, after raising it 11 times between March 2022 and July 2023": what the subject did before or while.
  { hint: /,\s*(?:after|before|while|when|by)\s/, pattern: /,\s+((?:after|before|while|when|by)\s+[a-z]+ing\s)/g, kind: 'coordinate', sharesSubject: true },
  // "… visited the zone on Sunday and will travel to Ankara on Monday": a second predicate, same subject.
  { hint: /\s(?:and|but)\s/, pattern: /(?<!\s)\s+(?:and|but)\s+((?:will|would|could|can|may|might|shall|is to|are to|plans to|is set to|are set to)\s)/g, kind: 'coordinate', sharesSubject: true },
  // "… was initialled in November and signed in Paris the following month": a second verb in the past.
  { hint: /\s(?:and|but)\s/, pattern: /(?<!\s)\s+(?:and|but)\s+((?:then\s+|later\s+)?[a-z]{3,}\s+[^\s,;]+\s+(?=[^,;]))/g, kind: 'coordinate', sharesSubject: true, samePredicateTime: true, verbWithin: 1 },
  // A possessive appositive ("…today, his second trip …") adds a remark, not the dated clause.
  { hint: /,\s*(?:his|her|their|its)\s/, pattern: /,\s+((?:his|her|their|its)\s)/g, kind: 'subordinate' },
  { hint: /[;:—–]/, pattern: /;\s*|\s[—–]\s+|:\s+/g, kind: 'coordinate' },
];
const GEO_NOUN_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+)?(?:city|town|village|port|region|province|capital|district|state|country|island|river)\s+of\s+$/iu;
// "Rebel commanders, who …": without an article, the last two words name what the clause describes.
const LAST_WORDS = /(?<![\p{L}'’-])(?:[\p{L}'’-]+\s)?[\p{L}'’-]+$/u;
const NOUN_PHRASE_AT_END = /\b(?:the|a|an|this|that)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+$/iu;
// A clause longer than this around its date is a run-on list: the title and source look no further (keeps work linear).
const CLAUSE_REACH = 200;

/** Whether one of the first `count` words from `at` (skipping "then", "later") is a verb in a past form. */
function pastVerbWithin(tokens: readonly Token[], at: number, count: number): boolean {
  let seen = 0;
  for (let i = firstTokenFrom(tokens, at); i < tokens.length && seen < count; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT') return false;
    if (/^(?:then|later)$/i.test(t.text)) continue;
    seen++;
    const form = t.text.toLowerCase();
    if ((t.pos === 'VERB' || t.pos === 'AUX') && form !== t.lemma && !form.endsWith('ing') && !/^(?:is|are|am|has|does)$/.test(form)) return true;
  }
  return false;
}

/** The clause boundaries of one sentence, in text order; `tokens` is the sentence's parse (`parseSentence`). */
export function findBoundaries(text: string, from: number, to: number, tokens: readonly Token[]): Boundary[] {
  const sentence = text.slice(from, to);
  const found: Boundary[] = [];
  // The patterns are global and used only here, one at a time: reset and reuse them rather than compile copies.
  for (const { hint, pattern, kind, sharesSubject, samePredicateTime, resumesMain, verbWithin } of BOUNDARY_PATTERNS) {
    if (!hint.test(sentence)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0] === '') pattern.lastIndex++;
      const opener = m[1] ?? '';
      const next = from + m.index + m[0].length - opener.length;
      if (verbWithin !== undefined && !pastVerbWithin(tokens, next, verbWithin)) continue;
      found.push({
        cut: from + m.index, next, kind,
        ...(sharesSubject ? { sharesSubject } : {}), ...(samePredicateTime ? { samePredicateTime } : {}), ...(resumesMain ? { resumesMain } : {}),
      });
    }
  }
  return found.sort((a, b) => a.cut - b.cut);
}

/** Where the run of capitalised words that ends `before` starts, or -1 (a scan, not a pattern: it stays linear). */
function capitalisedRunStart(before: string): number {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  let runStart = -1;
  let at = end;
  while (at > 0) {
    let wordStart = at;
    while (wordStart > 0 && /[\p{L}'’-]/u.test(before[wordStart - 1]!)) wordStart--;
    if (wordStart === at || !/\p{Lu}/u.test(before[wordStart]!)) break;
    runStart = wordStart;
    at = wordStart;
    if (at === 0 || !/\s/.test(before[at - 1]!)) break;
    while (at > 0 && /\s/.test(before[at - 1]!)) at--;
  }
  return runStart;
}

function findAntecedent(text: string, clauseStart: number, cut: number): Clause['antecedent'] {
  const from = Math.max(clauseStart, cut - CLAUSE_REACH);
  const before = text.slice(from, cut);
  const runStart = capitalisedRunStart(before);
  // "a plant in Thika, which …": a place after a preposition locates the thing "which" stands for.
  const placeOfThing = runStart >= 0 && /^\W*which\b/.test(text.slice(cut, cut + 12)) && /\b(?:in|at|near|outside)\s+$/.test(before.slice(0, runStart));
  if (runStart >= 0 && !placeOfThing) {
    const name = before.slice(runStart).trim().split(/\s+/).pop()!;
    const geo = GEO_NOUN_BEFORE.exec(before.slice(Math.max(0, runStart - 60), runStart));
    return { name, start: geo ? from + Math.max(0, runStart - 60) + geo.index : from + runStart };
  }
  const phrase = NOUN_PHRASE_AT_END.exec(before.slice(-120)) ?? LAST_WORDS.exec(before.slice(-120));
  return phrase ? { name: phrase[0], start: cut - Math.min(120, before.length) + phrase.index } : undefined;
}

/**
 * The clause of a sentence that holds the given position, from the sentence's boundaries (`findBoundaries`): clauses
 * are split at relative pronouns after a comma, at ", and/but" and subordinators (while, because, as …) followed by
 * a subject, at possessive appositives and at semicolons, colons and dashes. Commas alone never split ("Last month,
 * Putin visited …" is one clause). A clause reaches at most a few hundred characters either side of the position.
 */
export function clauseAt(text: string, sentenceStart: number, sentenceEnd: number, boundaries: readonly Boundary[], position: number): Clause {
  let start = sentenceStart;
  let end = sentenceEnd;
  let opener: Boundary | undefined;
  let previousStart = sentenceStart;
  let skip: Clause['skip'];
  // Only the boundaries near the position can matter; a binary search keeps thousands of them cheap.
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]!.next <= position) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 8); i < boundaries.length; i++) {
    const boundary = boundaries[i]!;
    if (boundary.resumesMain) {
      if (opener?.kind !== 'relative') continue;
      // Back in the main clause: it starts where it did before the relative clause, and names its own subject.
      if (boundary.next <= position) {
        skip = { start: opener.cut, end: boundary.cut };
        start = previousStart;
        opener = undefined;
        continue;
      }
    }
    if (boundary.next <= position) {
      previousStart = start;
      start = boundary.next;
      opener = boundary;
    } else if (boundary.cut >= position) {
      // "On Monday, the company, which is based in Ohio, said …": the main clause goes on past the relative clause
      // that describes its subject, as it does for a date after it.
      if (boundary.kind === 'relative' && boundaries[i + 1]?.resumesMain) {
        skip = { start: boundary.cut, end: boundaries[i + 1]!.cut };
        i++;
        continue;
      }
      end = Math.min(end, boundary.cut);
      break;
    }
  }
  // Cut to whole blocks of CLAUSE_REACH counted from the sentence start, so that neighbouring dates of a run-on
  // sentence share one window (and its parsed words) instead of each making its own.
  const block = Math.floor((position - sentenceStart) / CLAUSE_REACH);
  start = Math.max(start, sentenceStart + (block - 1) * CLAUSE_REACH);
  end = Math.min(end, sentenceStart + (block + 2) * CLAUSE_REACH);
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  const clause: Clause = {
    start, end, subordinate: opener !== undefined && opener.kind !== 'coordinate', ...(opener?.kind === 'relative' ? { relative: true } : {}),
    ...(skip && skip.start >= start && skip.end <= end ? { skip } : {}),
  };
  if (opener?.kind === 'relative') {
    const antecedent = findAntecedent(text, previousStart, opener.cut);
    if (antecedent) clause.antecedent = antecedent;
  }
  if (opener?.sharesSubject) clause.sharedSubjectIn = { start: Math.max(previousStart, opener.cut - CLAUSE_REACH), end: opener.cut };
  if (opener?.samePredicateTime && opener.kind === 'subordinate') clause.sameTimeFrom = Math.max(previousStart, opener.cut - CLAUSE_REACH);
  return clause;
}

/** `clauseAt` for one position of a sentence whose boundaries are not yet known (it parses the sentence). */
export function findClause(text: string, sentenceStart: number, sentenceEnd: number, position: number): Clause {
  const tokens = parseSentence(text, sentenceStart, sentenceEnd);
  return clauseAt(text, sentenceStart, sentenceEnd, findBoundaries(text, sentenceStart, sentenceEnd, tokens), position);
}
