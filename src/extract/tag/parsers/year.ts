import { readCharBefore, readWordAfter, readWordBefore } from '../context.ts';
import { makeDraft, MODIFIER_RE } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(
  `\\b(?:(?:${MODIFIER_RE})[- ](?:of )?)?(?:(?:the )?(fiscal|financial|FY|calendar|model|school|academic)(?: years?)? ?)?` +
    `(?<!\\d[-.]?)(1\\d\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d|-\\d|\\s?(?:percent|per cent)\\b)`,
  'gi',
);

/** Words after a number that show it counts things rather than naming a year. */
const COUNT_NOUNS = /^(?:people|persons|troops|soldiers|men|women|children|members|jobs|workers|employees|cars|units|miles|feet|meters|metres|km|kilometers|tons|tonnes|pounds|dollars|euros|votes|points|shares|acres|barrels|homes|houses|students|deaths|cases|residents|officers|times|copies|words|pages|calories|hours|minutes|seconds|days|weeks|months|years|yen|marines|strong|rpm)$/i;
/** Capitalised words before a number that make it a name or a code ("Windows 2000", "Flight 1549"). */
const NAME_WORDS = /^(?:no|nos|number|flight|route|room|apollo|windows|office|page|pages|resolution|article|section|chapter|highway|interstate|model|version|suite|boeing|airbus|rule|form|category|code|platform|gate|car|bus|vol|volume|issue|paragraph|exhibit|ss|us|uss|sr|i|ii|iii)$/i;

/** Words before an early year ("in 1288") and what may follow it: punctuation, the end, or a word that opens a clause. */
const EARLY_YEAR_BEFORE = /^(?:in|since|around|circa|c\.|until|till|before|after|from|by|during)$/i;
const EARLY_YEAR_AFTER = /^(?:\s*$|[,.;:)—–]|\s+(?:the|a|an|and|or|but|when|as|he|she|they|it|his|her|their|[A-Z]\w*)\b)/;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [, fiscal, yearText = ''] = match;
  const start = match.index;
  const end = start + match[0].length;
  const yearAt = end - yearText.length;
  const charBefore = readCharBefore(text, yearAt);
  if (['$', '#', '£', '€', '/', ':'].includes(charBefore)) return null;
  const after = readWordAfter(text, end);
  const before = readWordBefore(text, yearAt);
  if (COUNT_NOUNS.test(after) || after === ':' || after === '/') return null;
  // "the 1992 protests" is a year, "2000 troops" a count: a plural right after needs a determiner or preposition before.
  const nextWord = /^ ([a-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
  if (/^[a-z]+s$/.test(nextWord) && !/^(?:was|is|has|as|its|this|his|us|plus|minus|versus|less|across|thus)$/.test(nextWord)
    && !fiscal && !/^(?:the|a|its|his|her|their|our|in|since|of|from|for|during|by|until|before|after)$/i.test(before)) return null;
  if (NAME_WORDS.test(before)) return null;
  // "Russell 2000 Index", "Orion 1980": a number inside a capitalised name.
  if (/^[A-Z][a-z]/.test(before) && /^ [A-Z][a-z]/.test(text.slice(end, end + 3)) && !/^(?:In|Since|From|By|Until|Before|After|During|Of)$/.test(before)) return null;
  const y = Number(yearText);
  // Before 1500 a bare number is more often a count than a year: only a time preposition before it ("in 1288",
  // "around 1160") and no word it could count after it ("in 1288 the …", "in 1394,") make it a year.
  if (y < 1500 && !(EARLY_YEAR_BEFORE.test(before) && EARLY_YEAR_AFTER.test(text.slice(end, end + 12)))) return null;
  const value = fiscal && /^fy$/i.test(fiscal) ? yearText : String(y);
  const trace = [`"${match[0]}" names the year ${yearText}${fiscal ? ` (${fiscal.toLowerCase()} year)` : ''}`, `→ ${value}`];
  return makeDraft(match, 'year', 'DATE', { value, trace, absolute: true });
}

/** "1998", "fiscal 1999", "early 2005", "the end of 1998". */
export const yearParser: Parser = { name: 'year', pattern: PATTERN, extract };
