import { formatDay, isRealDay, pad2 } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

const PATTERN = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z)?)?(?![\d-])/g;

function extract(match: RegExpExecArray): Draft | null {
  const [, y, m, d, hh, mm, zulu] = match;
  const day = { y: Number(y), m: Number(m), d: Number(d) };
  if (!isRealDay(day)) return null;
  const trace = [`"${match[0]}" is an ISO date`];
  if (hh !== undefined && mm !== undefined && Number(hh) < 24 && Number(mm) < 60) {
    const value = `${formatDay(day)}T${pad2(Number(hh))}:${pad2(Number(mm))}${zulu ?? ''}`;
    return makeDraft(match, 'isoDate', 'TIME', { value, trace: [...trace, `→ ${value}`], absolute: true });
  }
  const value = formatDay(day);
  return { ...makeDraft(match, 'isoDate', 'DATE', { value, trace: [...trace, `→ ${value}`], absolute: true }),
    end: match.index + 10 };
}

/** "2023-04-18", "2023-04-18T09:25". */
export const isoDateParser: Parser = { name: 'isoDate', pattern: PATTERN, extract };
