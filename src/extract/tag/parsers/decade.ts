import { makeDraft } from '../draft.ts';
import { padYear } from '../../../model/calendar.ts';
import type { Draft, Parser, ResolveContext } from '../types.ts';

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const PATTERN = new RegExp(
  "\\b(?:the )?(?:(?:early|mid|late)[- ])?(?:(1\\d|20)(\\d)0'?s|(?:['’]|(?<=\\b(?:the|and|or|early|late|mid)[- ]))(\\d)0s|(?<=\\bthe (?:(?:early|mid|late)[- ])?)" +
    `(${Object.keys(DECADE_WORDS).join('|')}))\\b`,
  'gi',
);

function extract(match: RegExpExecArray): Draft | null {
  const [, century, digit, shortDigit, word] = match;
  if (century !== undefined && digit !== undefined) {
    const value = `${century}${digit}`;
    return makeDraft(match, 'decade', 'DATE', { value, absolute: true, trace: [`"${match[0]}" names the decade ${value}0s`, `→ ${value}`] });
  }
  const d = shortDigit !== undefined ? Number(shortDigit) : DECADE_WORDS[(word ?? '').toLowerCase()];
  if (d === undefined) return null;
  const resolve = (ctx: ResolveContext) => {
    if (!ctx.reference) return { value: `XX${d}`, trace: ['no reference date → century unknown'] };
    const refDecade = Math.floor(ctx.reference.y / 10);
    // The latest decade with that digit not after the reference's own decade.
    let decade = Math.floor(refDecade / 10) * 10 + d;
    if (decade > refDecade) decade -= 10;
    const value = padYear(decade * 10).slice(0, 3);
    return { value, trace: [`"${match[0]}" names a decade without its century`, ctx.referenceNote, 'the latest such decade', `→ ${value}`] };
  };
  return makeDraft(match, 'decade', 'DATE', { resolve });
}

/** "the 1990s", "the mid-1980s", "the '90s", "the nineties". */
export const decadeParser: Parser = { name: 'decade', pattern: PATTERN, extract };
