import { addQuarters, getQuarter, padYear } from '../../../model/calendar.ts';
import { makeDraft, normalise } from '../draft.ts';
import { findQuarterInFocus } from '../resolveQuarter.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const WORDS = "same|year-ago|year-earlier|year-before|latest|current|previous|past|most recent|recent|comparable|" +
  "corresponding|fiscal|calendar|year's|coming|next|this|last|final|first|second|third|fourth|1st|2nd|3rd|4th|" +
  '(?:1[5-9]|20)\\d\\d';
// At most four modifiers ("the most recent fiscal third quarter"): an unbounded run made every "last last last …"
// rescan to its end, quadratic in the text.
const PATTERN = new RegExp(
  `\\b(?:the )?((?:(?:${WORDS})[- ]){0,4})(quarter|half|period)(?![- ](?:point|century|mile|inch|percent|of an?\\b|of (?:the|its|their|a|all|those|these)\\b))` +
    "(?: of (?:(?:fiscal |calendar |the year )?(\\d{4})|(this|last|next|the same) year)| (a year ago|a year earlier|last year))?(?:'s)?\\b" +
    '|\\byear-(?:ago|earlier)\\b',
  'gi',
);

const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

function extract(match: RegExpExecArray): Draft | null {
  const [whole, modifiersText = '', kindWord = 'quarter', yearGroup, relativeYear, yearAgoAfter] = match;
  const bareYearAgo = /^year-/i.test(whole);
  const modifiers = bareYearAgo ? [normalise(whole)] : normalise(modifiersText).replace(/-$/, '').split(/ |-(?=(?:first|second|third|fourth|fiscal|quarter)\b)/).filter(Boolean);
  const kind = kindWord.toLowerCase() === 'period' ? 'quarter' : kindWord;
  const hasThe = /^the\b/i.test(whole);
  if (modifiers.length === 0 && !hasThe && !bareYearAgo) return null;
  // "period" is a quarter only when a financial modifier says so ("the latest period", "the year-ago period").
  if (kindWord.toLowerCase() === 'period' && !modifiers.some((w) => /^(?:latest|year-ago|year-earlier|comparable|corresponding|same|\d{4})$/.test(w))) return null;
  const yearModifier = modifiers.find((w) => /^\d{4}$/.test(w));
  const yearText = yearGroup ?? yearModifier;
  const isHalf = kind.toLowerCase() === 'half';
  const ordinal = modifiers.map((w) => ORDINAL[w]).find((n) => n !== undefined);
  if (isHalf && (ordinal === undefined || ordinal > 2)) return null;
  const yearAgo = yearAgoAfter !== undefined || modifiers.includes('year-ago') || modifiers.includes('year-earlier') || modifiers.includes('year-before') ||
    (modifiers.includes('same') && relativeYear?.toLowerCase() === 'last');
  const shift = modifiers.includes('next') || modifiers.includes('coming') ? 1 : modifiers.includes('current') || modifiers.includes('this') ? 0 : null;
  const resolve = (ctx: ResolveContext): Resolved => {
    const trace = [`"${whole}" names a ${kind.toLowerCase()}-year`];
    const ref = ctx.reference;
    let y: number | null = yearText !== undefined ? Number(yearText) : null;
    if (y === null && relativeYear && ref) y = ref.y + (/last/i.test(relativeYear) ? -1 : /next/i.test(relativeYear) ? 1 : 0);
    if (isHalf) {
      const h = ordinal ?? 1;
      if (y === null && ref) y = ctx.tense === 'future' && h * 6 < ref.m ? ref.y + 1 : h === 2 && ref.m <= 6 && ctx.tense === 'past' ? ref.y - 1 : ref.y;
      const value = `${y === null ? 'XXXX' : padYear(y)}-H${h}`;
      return { value, trace: [...trace, ctx.referenceNote, `→ ${value}`] };
    }
    if (ordinal === undefined && y !== null && !isHalf && !yearAgo) {
      // "the 1988 period": the quarter in focus, in that year.
      const focus = findQuarterInFocus(ctx);
      const value = `${padYear(y)}-Q${focus?.q ?? 'X'}`;
      return { value, trace: [...trace, `the quarter in focus, in ${y}`, `→ ${value}`] };
    }
    if (ordinal !== undefined && !yearAgo) {
      if (y === null && ref) {
        const current = getQuarter(ref);
        // Quarterly reports talk about the quarter just ended as well as the current one: only a quarter well behind
        // the reference moves to next year (future tense), and one ahead of it to last year (past tense).
        y = ctx.tense === 'future' && ordinal < current - 1 ? ref.y + 1 : ctx.tense === 'past' && ordinal > current ? ref.y - 1 : ref.y;
      }
      const value = `${y === null ? 'XXXX' : padYear(y)}-Q${ordinal}`;
      return { value, trace: [...trace, `quarter ${ordinal}`, ctx.referenceNote, `→ ${value}`] };
    }
    if (shift !== null && ref && y === null) {
      if (shift === 0 && modifiers.includes('this')) {
        const focus = findQuarterInFocus(ctx);
        if (focus && ctx.quarterInFocus) return { value: ctx.quarterInFocus, trace: [...trace, focus.note, `→ ${ctx.quarterInFocus}`] };
      }
      const shifted = addQuarters(ref.y, getQuarter(ref), shift);
      const value = `${padYear(shifted.y)}-Q${shifted.q}`;
      return { value, trace: [...trace, ctx.referenceNote, shift === 0 ? 'the current quarter' : 'the next quarter', `→ ${value}`] };
    }
    // "the latest quarter" is the last one completed, whatever quarter the text was just talking about.
    const latest = modifiers.some((w) => /^(?:latest|recent|last|past|previous)$/.test(w));
    const focus = findQuarterInFocus(latest ? { ...ctx, quarterInFocus: null } : ctx);
    if (!focus) return { value: 'XXXX-QX', trace: [...trace, 'no reference date → quarter unknown'] };
    const value = `${padYear(focus.y - (yearAgo ? 1 : 0))}-Q${ordinal ?? focus.q}`;
    return { value, trace: [...trace, focus.note, yearAgo ? 'the same quarter a year before' : 'that quarter', `→ ${value}`] };
  };
  return makeDraft(match, 'quarter', 'DATE', { resolve, priority: 1, absolute: yearText !== undefined, keepsFocus: yearAgo });
}

/** "the third quarter", "third-quarter", "the first quarter of 2009", "the year-ago quarter", "the first half". */
export const quarterParser: Parser = { name: 'quarter', pattern: PATTERN, extract };
