/** The clause around a position of a sentence; offsets are into the paragraph. */
export interface Clause {
  start: number;
  end: number;
  /** For a relative clause ("…Bakhmut, which …"): the noun it describes, and where that noun starts. */
  antecedent?: { name: string; start: number };
  /** For a second predicate ("… visited X on Sunday and will travel …"): the subject the two share. */
  sharedSubject?: string;
}

interface Boundary {
  /** Where the previous clause ends (exclusive). */
  cut: number;
  /** Where the next clause starts. */
  next: number;
  relative: boolean;
  /** The clause it opens has no subject of its own: it shares the sentence's ("and will travel to Ankara"). */
  sharesSubject?: boolean;
  /** Closes a relative clause and goes on with the main one ("Caen, which …, did not fall until 9 July"). */
  resumesMain?: boolean;
}

const SUBJECT_AHEAD = String.raw`(?=(?:he|she|they|it|we|I|there|[A-Z][\p{L}'’-]*)\b)`;
// Each pattern's first group is what opens the next clause; everything before it closes the previous one.
// A clause with a finite verb a few words after its determiner: "after a magnitude 7.8 earthquake struck …".
const CLAUSE_AHEAD = String.raw`(?=(?:the|a|an|his|her|its|their)\s+(?:[^\s,;]+\s+){0,5}(?:[a-z]{2,}ed|was|were|had|struck|fell|began|came|went|took|made|hit|won|lost|broke|ran|left|met|said|killed)\b)`;
// `hint` is a cheap test a sentence must pass before its pattern runs (most sentences have few commas or joins).
const BOUNDARY_PATTERNS: { hint: RegExp; pattern: RegExp; relative: boolean; sharesSubject?: boolean; resumesMain?: boolean }[] = [
  // A comma straight before a verb ends an embedded relative clause; elsewhere it means nothing (see findClause).
  { hint: /,/, pattern: /,\s+((?:did|does|do|was|were|is|are|has|had|have|will|would|could|can|may|might|[a-z]{3,}ed)\b)/g, relative: false, resumesMain: true },
  { hint: /,\s*wh/, pattern: /,\s+((?:which|who|whom|whose|where)\b)/g, relative: true },
  // After a comma, "and the cabinet fell" opens a clause too; without the comma "the X and the Y" is one phrase.
  { hint: /,\s*(?:and|but|so|yet)\s/, pattern: new RegExp(String.raw`,\s+(?:and|but|so|yet)\s+((?:the|a|an|his|her|its|their)\s+|${SUBJECT_AHEAD})`, 'gu'), relative: false },
  { hint: /\s(?:while|whereas|because|although|though|as)\s/, pattern: new RegExp(String.raw`(?<!such|as well|so)\s+(?:while|whereas|because|although|though|as)\s+(${SUBJECT_AHEAD})`, 'gu'), relative: false },
  // "…, and by 2 April Ukraine said …": a new clause that opens with its own date.
  { hint: /,\s*(?:and|but)\s/, pattern: /,\s+(?:and|but)\s+((?:by|on|in|from|since|until)\s+(?=\S))/g, relative: false },
  // "… on Sunday, two weeks after a magnitude 7.8 earthquake struck the region on Feb. 6": two dated clauses.
  { hint: /\s(?:after|before|when|until)\s/, pattern: new RegExp(String.raw`\s+(?:after|before|when|until)\s+(${CLAUSE_AHEAD})`, 'gu'), relative: false },
  // "…, after raising it 11 times between March 2022 and July 2023": what the subject did before or while.
  { hint: /,\s*(?:after|before|while|when|by)\s/, pattern: /,\s+((?:after|before|while|when|by)\s+[a-z]+ing\s)/g, relative: false, sharesSubject: true },
  // "… visited the zone on Sunday and will travel to Ankara on Monday": a second predicate, same subject.
  { hint: /\s(?:and|but)\s/, pattern: /\s+(?:and|but)\s+((?:will|would|could|can|may|might|shall|is to|are to|plans to|is set to|are set to)\s)/g, relative: false, sharesSubject: true },
  // "… was initialled in November and signed in Paris the following month": a second verb in the past.
  { hint: /\s(?:and|but)\s/, pattern: /\s+(?:and|but)\s+((?:then\s+|later\s+)?(?:[a-z]{3,}ed|signed|held|met|took|made|won|lost|fell|left|sent|gave|went|came|began)\s+(?:[^\s,;]+\s+)(?=[^,;]))/g, relative: false, sharesSubject: true },
  // A possessive appositive ("…today, his second trip …") adds a remark, not the dated clause.
  { hint: /,\s*(?:his|her|their|its)\s/, pattern: /,\s+((?:his|her|their|its)\s)/g, relative: false },
  { hint: /[;:—–]/, pattern: /(?:;|\s[—–]\s|:\s)\s*()/g, relative: false },
];
// The words before the first verb of a clause (after any leading "Last month," phrase).
const LEADING_SUBJECT = /^(?:[^,]{0,40},\s+)?((?:[A-Z][\p{L}.'’-]*|of|the)(?:\s+(?:[A-Z][\p{L}.'’-]*|of|the|[a-z]+))*?)\s+([a-z]{2,}ed|was|were|has|have|had|is|are|said|went|took|made|met|came|left|gave)\b/u;
const GEO_NOUN_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+)?(?:city|town|village|port|region|province|capital|district|state|country|island|river)\s+of\s+$/iu;
const CAPITALISED_RUN_AT_END = /(?:[A-Z][\p{L}'’-]*\s+)*[A-Z][\p{L}'’-]*$/u;
const NOUN_PHRASE_AT_END = /\b(?:the|a|an|this|that)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+$/iu;

function findBoundaries(text: string, from: number, to: number): Boundary[] {
  const sentence = text.slice(from, to);
  const found: Boundary[] = [];
  // The patterns are global and used only here, one at a time: reset and reuse them rather than compile copies.
  for (const { hint, pattern, relative, sharesSubject, resumesMain } of BOUNDARY_PATTERNS) {
    if (!hint.test(sentence)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      if (m[0] === '') pattern.lastIndex++;
      const opener = m[1] ?? '';
      const next = from + m.index + m[0].length - opener.length;
      found.push({ cut: from + m.index, next, relative, ...(sharesSubject ? { sharesSubject } : {}), ...(resumesMain ? { resumesMain } : {}) });
    }
  }
  return found.sort((a, b) => a.cut - b.cut);
}

function findAntecedent(text: string, clauseStart: number, cut: number): Clause['antecedent'] {
  const before = text.slice(clauseStart, cut);
  const run = CAPITALISED_RUN_AT_END.exec(before);
  if (run && run[0] !== '') {
    const name = run[0].split(/\s+/).pop()!;
    const nameStart = clauseStart + run.index;
    const geo = GEO_NOUN_BEFORE.exec(before.slice(0, run.index));
    return { name, start: geo ? clauseStart + geo.index : nameStart };
  }
  const phrase = NOUN_PHRASE_AT_END.exec(before);
  return phrase ? { name: phrase[0], start: clauseStart + phrase.index } : undefined;
}

/**
 * Finds the clause of a sentence that holds the given position: clauses are split at relative pronouns after a
 * comma, at ", and/but" and subordinators (while, because, as …) followed by a subject, at possessive appositives
 * and at semicolons, colons and dashes. Commas alone never split ("Last month, Putin visited …" is one clause).
 */
export function findClause(text: string, sentenceStart: number, sentenceEnd: number, position: number): Clause {
  const boundaries = findBoundaries(text, sentenceStart, sentenceEnd);
  let start = sentenceStart;
  let end = sentenceEnd;
  let opener: Boundary | undefined;
  let previousStart = sentenceStart;
  for (const boundary of boundaries) {
    if (boundary.resumesMain) {
      if (!opener?.relative) continue;
      // Back in the main clause: it starts where it did before the relative clause, and names its own subject.
      if (boundary.next <= position) {
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
      end = Math.min(end, boundary.cut);
      break;
    }
  }
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  const clause: Clause = { start, end };
  if (opener?.relative) {
    const antecedent = findAntecedent(text, previousStart, opener.cut);
    if (antecedent) clause.antecedent = antecedent;
  }
  if (opener?.sharesSubject) {
    const subject = LEADING_SUBJECT.exec(text.slice(previousStart, opener.cut));
    // A passive first verb lends its auxiliary too: "The accord was initialled … and signed …" → "The accord was signed".
    if (subject) clause.sharedSubject = /^(?:was|were|is|are)$/.test(subject[2]!) && /^[a-z]{3,}ed\b/.test(text.slice(start)) ? `${subject[1]} ${subject[2]}` : subject[1]!;
  }
  return clause;
}
