import { padYear } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const SEASONS: Readonly<Record<string, { code: string; startMonth: number }>> = {
  spring: { code: 'SP', startMonth: 3 }, summer: { code: 'SU', startMonth: 6 }, fall: { code: 'FA', startMonth: 9 },
  autumn: { code: 'FA', startMonth: 9 }, winter: { code: 'WI', startMonth: 12 },
};

const PATTERN = /\b(?:(last|this|next|past|coming|early|late|mid|the following|the previous|the next|following|previous|that|the)[- ])?(?:(early|late|mid)[- ])?(spring|summer|fall|autumn|winter)(?: (?:of )?(1\d{3}|20\d{2})(?:[-–/](\d{2}))?)?\b/gi;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [, lead, , seasonWord = '', yearText, nextYear] = match;
  const season = SEASONS[seasonWord.toLowerCase()];
  if (!season) return null;
  // "the winter of 2013-14" is the winter that starts in 2013; any other season across two years is not one season.
  if (nextYear !== undefined && (season.code !== 'WI' || Number(nextYear) !== (Number(yearText) + 1) % 100)) return null;
  const leadWord = lead?.toLowerCase();
  // "fall"/"spring" are verbs and nouns too: need a determiner, a modifier or a year.
  if (!leadWord && yearText === undefined) {
    if (/^(?:fall|spring)$/i.test(seasonWord)) return null;
    if (!/\b(?:in|during|this|last|next|by|until|since|through)\s+$/i.test(text.slice(Math.max(0, match.index - 10), match.index))) return null;
  }
  if (leadWord === 'the' && /^(?:fall|spring)$/i.test(seasonWord) && yearText === undefined
    && !/\b(?:in|during|by|until|since|through|over|for)\s+$/i.test(text.slice(Math.max(0, match.index - 10), match.index))) return null;
  const end = match.index + match[0].length;
  if (/^\s+(?:of\s+(?:the|his|her|their|its|life|discontent)|olympics|games|session|semester|term|collection|camp|school|league|wheat|storm)\b/i.test(text.slice(end, end + 20))) return null;
  const resolve = (ctx: ResolveContext): Resolved => {
    const trace = [`"${match[0]}" names a season (${season.code})`];
    if (yearText !== undefined) return { value: `${yearText}-${season.code}`, trace: [...trace, `→ ${yearText}-${season.code}`] };
    // "the following spring" counts from the story's last date, not from publication.
    const anaphoric = /following|previous|^the next$|^that$/.test(leadWord ?? '');
    const ref = anaphoric ? ctx.anchor : ctx.reference;
    if (!ref) return { value: `XXXX-${season.code}`, trace: [...trace, 'no reference date → year unknown'] };
    if (anaphoric) {
      const started = season.code === 'WI' ? ref.m === 12 : ref.m >= season.startMonth;
      const back = /previous/.test(leadWord ?? '');
      const y = leadWord === 'that' ? ref.y : back ? (started ? ref.y : ref.y - 1) : started ? ref.y + 1 : ref.y;
      const value = `${padYear(y)}-${season.code}`;
      return { value, trace: [...trace, `the last date mentioned is ${ctx.anchorValue ?? '?'}`, `→ ${value}`] };
    }
    const shift = leadWord === 'last' || leadWord === 'past' ? -1 : leadWord === 'next' || leadWord === 'coming' ? 1 : 0;
    const inSeasonNow = season.code === 'WI' ? ref.m === 12 || ref.m <= 2 : ref.m >= season.startMonth && ref.m < season.startMonth + 3;
    const started = season.code === 'WI' ? ref.m === 12 : ref.m >= season.startMonth;
    let y = ref.y - (season.code === 'WI' && ref.m <= 2 ? 1 : 0);
    if (shift === -1) y = started && !inSeasonNow ? y : y - 1;
    else if (shift === 1) y = started ? y + 1 : y;
    else if (leadWord === 'this') y = ref.y;
    else if (ctx.tense === 'past' && !started) y -= 1;
    else if (ctx.tense === 'future' && started && !inSeasonNow) y += 1;
    const value = `${padYear(y)}-${season.code}`;
    return { value, trace: [...trace, ctx.referenceNote, `→ ${value}`] };
  };
  // "last summer", "next winter" count from the moment of writing even in a history ("Today the tower … Last summer").
  const deictic = yearText === undefined && /^(?:last|this|next|past|coming)$/.test(leadWord ?? '');
  return makeDraft(match, 'season', 'DATE', { resolve, deictic, absolute: yearText !== undefined });
}

/** "this summer", "last fall", "the spring of 1998", "winter 2022". */
export const seasonParser: Parser = { name: 'season', pattern: PATTERN, extract };
