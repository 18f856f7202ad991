import { makeDraft, normalise } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

/** Phrases that name the present, the past or the future without a date (TimeML *_REF values). */
const REFS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF',
  presently: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'at this time': 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'for now': 'PRESENT_REF',
  'by now': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', lately: 'PAST_REF',
  'the past': 'PAST_REF', 'recent history': 'PAST_REF', 'some time ago': 'PAST_REF', 'the recent past': 'PAST_REF',
  'the future': 'FUTURE_REF', 'very soon': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the long term': 'FUTURE_REF', 'the short term': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the years ahead': 'FUTURE_REF',
  'the coming years': 'FUTURE_REF', 'as soon as possible': 'FUTURE_REF',
};
// Left out on purpose: "earlier", "later", "soon", "previously", "eventually", bare "future"/"recent" — in news they are
// mostly adverbs of sequence or adjectives that TimeML does not tag.

const KEYS = Object.keys(REFS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+'));
const PATTERN = new RegExp(`\\b(?:${KEYS.join('|')})\\b`, 'gi');

/** Words that, following "now"/"current"/"future", show another sense ("now that", "current account"). */
const NOT_TEMPORAL_AFTER = /^\s*(?:accounts?|affairs|events|flows?|liabilit|assets|prices|value|market|contract|tense|generations?|perfect)/i;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const phrase = normalise(match[0]);
  const value = REFS[phrase];
  if (value === undefined) return null;
  const end = match.index + match[0].length;
  if (NOT_TEMPORAL_AFTER.test(text.slice(end, end + 16))) return null;
  if (phrase === 'current' && !/^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
  return makeDraft(match, 'vagueReference', 'DATE', { value, trace: [`"${match[0]}" refers to the ${value.replace('_REF', '').toLowerCase()} without a date`, `→ ${value}`], priority: -1 });
}

/** "now", "currently", "recently", "the past", "the future", "soon". */
export const vagueReferenceParser: Parser = { name: 'vagueReference', pattern: PATTERN, extract };
