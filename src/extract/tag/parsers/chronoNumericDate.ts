import * as chrono from 'chrono-node';
import { formatDay, isRealDay } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import type { Draft, Parser } from '../types.ts';

/**
 * Numeric dates with a four-digit year that the slashed US form does not cover: "2005/10/12", "31.12.2005". The
 * pattern only pre-filters; chrono-node's strict English parser reads the candidate and is trusted only when it is
 * certain of year, month and day. Running chrono on candidates alone keeps its cost off the rest of the text.
 */
const PATTERN = /(?<![\d./])(?:(?:19|20)\d\d[./]\d{1,2}[./]\d{1,2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?![\d./]\d)/g;

/** Any instant works: the candidates name all three parts, so nothing is implied from it. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function extract(match: RegExpExecArray): Draft | null {
  const results = chrono.en.strict.parse(match[0], CHRONO_REFERENCE);
  const r = results[0];
  if (!r || r.index !== 0 || r.text !== match[0]) return null;
  const { start } = r;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const day = { y: start.get('year') ?? 0, m: start.get('month') ?? 0, d: start.get('day') ?? 0 };
  if (!isRealDay(day)) return null;
  const value = formatDay(day);
  return makeDraft(match, 'chronoNumericDate', 'DATE', {
    value, absolute: true, trace: [`"${match[0]}" read by chrono-node as year ${day.y}, month ${day.m}, day ${day.d}`, `→ ${value}`],
  });
}

/** "2005/10/12", "31.12.2005", read by chrono-node. */
export const chronoNumericDateParser: Parser = { name: 'chronoNumericDate', pattern: PATTERN, extract };
