import { readCharBefore, readWordAfter, readWordBefore } from '../context.ts';
import { makeDraft, MODIFIER_RE } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(
  `\\b(?:(?:${MODIFIER_RE})[- ](?:of )?)?(?:(?:the )?(fiscal|financial|FY|calendar|model|school|academic)(?: years?)? ?)?` +
    `(?<!\\d[-.]?)(1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d|-\\d|\\s?(?:percent|per cent)\\b)`,
  'gi',
);

/** Words after a number that show it counts things rather than naming a year. */
const COUNT_NOUNS = /^(?:people|persons|troops|soldiers|men|women|children|members|jobs|workers|employees|cars|units|miles|feet|meters|metres|km|kilometers|tons|tonnes|pounds|dollars|euros|votes|points|shares|acres|barrels|homes|houses|students|deaths|cases|residents|officers|times|copies|words|pages|calories|hours|minutes|seconds|days|weeks|months|years|yen|marines|strong|rpm)$/i;
/** Capitalised words before a number that make it a name or a code ("Windows 2000", "Flight 1549"). */
const NAME_WORDS = /^(?:no|nos|number|flight|route|room|apollo|windows|office|page|pages|resolution|article|section|chapter|highway|interstate|model|version|suite|boeing|airbus|rule|form|category|code|platform|gate|car|bus|vol|volume|issue|paragraph|exhibit|ss|us|uss|sr|i|ii|iii)$/i;

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
  const value = fiscal && /^fy$/i.test(fiscal) ? yearText : String(y);
  const trace = [`"${match[0]}" names the year ${yearText}${fiscal ? ` (${fiscal.toLowerCase()} year)` : ''}`, `→ ${value}`];
  return makeDraft(match, 'year', 'DATE', { value, trace, absolute: true });
}

/** "1998", "fiscal 1999", "early 2005", "the end of 1998". */
export const yearParser: Parser = { name: 'year', pattern: PATTERN, extract };
