import { formatDay, isRealDay } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import { lookUpMonth, MONTH_NAMES, MONTH_RE } from '../lexicon.ts';
import { resolveDayOfMonth } from '../resolveHelpers.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = new RegExp(
  `\\b(?:the )?night of (\\d{1,2})(?:st|nd|rd|th)?\\s*[-–/]\\s*(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE})(?![a-z])(?:\\.(?=,? \\d))?(?:,? (1\\d{3}|20\\d{2})(?!\\d))?`,
  'gi',
);

/** "the night of 5–6 June 1944": the night that starts on the first day (TimeML part of day NI). */
function extract(match: RegExpExecArray): Draft | null {
  const [, firstText = '', secondText = '', monthWord = '', yearText] = match;
  const month = lookUpMonth(monthWord);
  const first = Number(firstText);
  if (month === null || Number(secondText) !== first + 1) return null;
  const trace = [`"${match[0]}" is the night from ${MONTH_NAMES[month]} ${first} into the next day`];
  if (yearText !== undefined) {
    const day = { y: Number(yearText), m: month, d: first };
    if (!isRealDay(day)) return null;
    const value = `${formatDay(day)}TNI`;
    return makeDraft(match, 'nightOf', 'TIME', { value, absolute: true, trace: [...trace, `→ ${value}`] });
  }
  return makeDraft(match, 'nightOf', 'TIME', {
    trace,
    resolve: (ctx) => {
      const r = resolveDayOfMonth(ctx, month, first);
      return { value: `${r.value}TNI`, trace: [...r.trace.slice(0, -1), `→ ${r.value}TNI`] };
    },
  });
}

/** "the night of 5–6 June 1944", "the night of 14/15 April". */
export const nightOfParser: Parser = { name: 'nightOf', pattern: PATTERN, extract };
