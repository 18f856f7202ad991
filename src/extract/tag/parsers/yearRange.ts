import { makeDraft } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

// "2009-2010", "1939–45", "the 2013–14 season": two years joined by a dash. Not a date ("2009-10-05") and not an
// amount ("2009-2010 $"): the dash must not be followed by another "-digit".
const PATTERN = /\b(1[5-9]\d\d|20\d\d)([-–])(1[5-9]\d\d|20\d\d|\d\d)(?![\d%]|-\d|[.,]\d)/g;

/**
 * Each year becomes its own DATE, the two sharing the dash between them, so that the events stage reads them as
 * one range like "2009 to 2010". A two-digit end counts within the first year's century, and only the next
 * year ("2013–14") is read that way with a hyphen: "2009-10" could otherwise be October 2009.
 */
function extract(match: RegExpExecArray): Draft[] | null {
  const [whole, firstText = '', dash = '', lastText = ''] = match;
  const first = Number(firstText);
  const last = lastText.length === 4 ? Number(lastText) : Math.floor(first / 100) * 100 + Number(lastText) + (Number(lastText) < first % 100 ? 100 : 0);
  if (last <= first) return null;
  if (lastText.length === 2 && dash === '-' && last !== first + 1) return null;
  const start = match.index;
  const lastStart = start + whole.length - lastText.length;
  const named = `"${whole}" runs from ${first} to ${last}`;
  return [
    { ...makeDraft(match, 'yearRange', 'DATE', { value: String(first), trace: [named, `→ ${first}`], absolute: true }), end: start + firstText.length },
    { ...makeDraft(match, 'yearRange', 'DATE', { value: String(last), trace: [named, `→ ${last}`], absolute: true }), start: lastStart },
  ];
}

/** "2009-2010", "2013–14": the first and the last year of a range, each a DATE. */
export const yearRangeParser: Parser = { name: 'yearRange', pattern: PATTERN, extract };
