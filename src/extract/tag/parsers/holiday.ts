import { addDays, compareDays, findNthWeekdayOfMonth, formatDay, type Day } from '../../../model/calendar.ts';
import { computeOrthodoxEaster, computeWesternEaster } from '../easter.ts';
import { makeDraft, normalise } from '../draft.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const HOLIDAYS: Readonly<Record<string, (y: number) => Day>> = {
  'orthodox easter': computeOrthodoxEaster, 'orthodox easter sunday': computeOrthodoxEaster,
  easter: computeWesternEaster, 'easter sunday': computeWesternEaster,
  'easter monday': (y) => addDays(computeWesternEaster(y), 1), 'good friday': (y) => addDays(computeWesternEaster(y), -2),
  'orthodox christmas': (y) => ({ y, m: 1, d: 7 }),
  christmas: (y) => ({ y, m: 12, d: 25 }), 'christmas day': (y) => ({ y, m: 12, d: 25 }), 'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }), "new year's eve": (y) => ({ y, m: 12, d: 31 }), "new year's": (y) => ({ y, m: 1, d: 1 }),
  thanksgiving: (y) => findNthWeekdayOfMonth(y, 11, 4, 4), 'thanksgiving day': (y) => findNthWeekdayOfMonth(y, 11, 4, 4),
  halloween: (y) => ({ y, m: 10, d: 31 }), "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }), 'memorial day': (y) => findNthWeekdayOfMonth(y, 5, 1, -1),
  'labor day': (y) => findNthWeekdayOfMonth(y, 9, 1, 1), 'veterans day': (y) => ({ y, m: 11, d: 11 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }), 'victory day': (y) => ({ y, m: 5, d: 9 }),
};

const KEYS = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((k) => k.replace(/'/g, "['’]?").replace(/ /g, '\\s+'));
const PATTERN = new RegExp(`\\b(${KEYS.join('|')})(?:,? (1\\d{3}|20\\d{2}))?\\b`, 'gi');

function extract(match: RegExpExecArray): Draft | null {
  const [, name = '', yearText] = match;
  if (!/^[A-Z]/.test(name)) return null;
  const key = normalise(name).replace(/’/g, "'").replace(/new years/, "new year's").replace(/valentines/, "valentine's");
  const compute = HOLIDAYS[key];
  if (!compute) return null;
  const resolve = (ctx: ResolveContext): Resolved => {
    const trace = [`"${name}" is a holiday with a computable date`];
    if (yearText !== undefined) {
      const value = formatDay(compute(Number(yearText)));
      return { value, trace: [...trace, `in ${yearText}`, `→ ${value}`] };
    }
    const ref = ctx.reference;
    if (!ref) return { value: 'XXXX-XX-XX', trace: [...trace, 'no reference date → year unknown'] };
    const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => compute(y));
    const past = candidates.filter((d) => compareDays(d, ref) <= 0).pop();
    const future = candidates.find((d) => compareDays(d, ref) >= 0);
    // Without a future cue, a holiday in news is the latest one (they are mostly reported after the fact).
    const chosen = ctx.tense === 'future' ? future : past ?? future;
    if (!chosen) return { value: 'XXXX-XX-XX', trace };
    const value = formatDay(chosen);
    return { value, trace: [...trace, ctx.referenceNote, ctx.tense === 'future' ? 'future tense → the next one' : 'the latest one on or before it', `→ ${value}`] };
  };
  return makeDraft(match, 'holiday', 'DATE', { resolve, absolute: yearText !== undefined, priority: 1 });
}

/** "Orthodox Easter", "Easter", "Christmas", "Thanksgiving", "New Year's Day". */
export const holidayParser: Parser = { name: 'holiday', pattern: PATTERN, extract };
