import { pad2 } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import { ORDINAL_WORD_RE, parseOrdinal } from '../numberWords.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(`\\b(?:the )?(?:(?:early|mid|late)[- ])?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD_RE})[- ]century\\b`, 'gi');

function extract(match: RegExpExecArray): Draft | null {
  const n = parseOrdinal(match[1] ?? '');
  if (n === null || n < 1 || n > 30) return null;
  const value = pad2(n - 1);
  return makeDraft(match, 'century', 'DATE', {
    value, absolute: true, trace: [`"${match[0]}" names century ${n}, years ${n - 1}00–${n - 1}99`, `→ ${value}`],
  });
}

/** "the 20th century", "the nineteenth century". */
export const centuryParser: Parser = { name: 'century', pattern: PATTERN, extract };
