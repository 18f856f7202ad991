import { makeDraft, normalise } from '../draft.ts';
import { lookUpWeekday, WEEKDAY_RE } from '../lexicon.ts';
import type { Draft, Parser } from '../types.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', 'semi-annual': 'P6M', 'semiannual': 'P6M', 'bi-annual': 'P6M',
};
const UNIT_VALUES: Readonly<Record<string, string>> = {
  hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y', decade: 'P10Y',
};

const PATTERN = new RegExp(
  `\\b(?:(hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|annual|semi-?annual|bi-annual)|` +
    `(?:every|each)(?: other| single)? (hour|day|night|week|weekend|month|quarter|year|decade|${WEEKDAY_RE})|` +
    `(?:once|twice|(?:three|four|five|\\d+) times) (?:a|an|per|each|every) (hour|day|night|week|month|quarter|year)|` +
    `${WEEKDAY_RE}s)\\b`,
  'gi',
);

/** Nouns after "annual"/"daily" that make them an adjective of a thing, not a frequency TimeML tags. */
const ANNUAL_NOUN = /^\s+(?:report|meeting|rate|revenue|revenues|sales|budget|conference|general|income|salary|fee|dues|leave|summit|convention|festival|event|basis|growth|inflation|average|capacity|output|production|turnover|life|routine|lives|newspaper|papers?|news|mail|bread|operations|activities|use|dose|allowance)\b/i;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [whole, adverb, everyUnit, timesUnit] = match;
  const end = match.index + match[0].length;
  let value: string | undefined;
  if (adverb) {
    if (/^annual$/i.test(adverb) && ANNUAL_NOUN.test(text.slice(end, end + 20))) return null;
    if (/^(?:daily|weekly|monthly)$/i.test(adverb) && ANNUAL_NOUN.test(text.slice(end, end + 20))) return null;
    // "quarterly dividend": an adjective of a payment, which TimeML leaves untagged; "reported quarterly" is a set.
    if (/^quarterly$/i.test(adverb) && /^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
    value = ADVERBS[adverb.toLowerCase().replace('semi-annual', 'semiannual')];
  } else {
    const unitWord = (everyUnit ?? timesUnit ?? whole.replace(/s$/i, '')).toLowerCase();
    const weekday = lookUpWeekday(unitWord);
    if (weekday !== null) {
      if (!/^[A-Z]/.test(unitWord.length ? (everyUnit ?? whole) : '')) return null;
      value = `XXXX-WXX-${weekday}`;
    } else {
      value = UNIT_VALUES[unitWord];
    }
    if (/^(?:every|each) other/i.test(whole) && value) value = value.replace('1', '2');
  }
  if (!value) return null;
  return makeDraft(match, 'frequency', 'SET', { value, trace: [`"${normalise(whole)}" repeats`, `→ ${value}`] });
}

/** "daily", "every week", "each year", "twice a month", "Sundays": recurring times (SET). */
export const frequencyParser: Parser = { name: 'frequency', pattern: PATTERN, extract };
