import { addDays, formatDay } from '../../../model/calendar.ts';
import { countUnits } from '../lexicon.ts';
import { makeDraft, normalise } from '../draft.ts';
import type { Draft, Parser, ResolveContext, Resolved, TimexType } from '../types.ts';

const DAY_OFFSETS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2,
  'last night': -1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'earlier today': 0, 'later today': 0,
  'late yesterday': -1, 'early today': 0, 'late today': 0, 'early yesterday': -1, 'earlier in the day': 0,
};
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

const PATTERN = /\b(?:the day (?:before yesterday|after tomorrow)|(?:earlier|later|early|late) (?:today|yesterday)|(today|tonight|yesterday|tomorrow)(?:(?:'s)? (morning|afternoon|evening|night))?|(this|last) (morning|afternoon|evening|night))\b/gi;

/** Nouns after "today's" that make it the present age rather than the day ("today's youth"). */
const GENERIC_PRESENT = /^['’]s\s+(?:world|society|youth|young|generations?|children|kids|economy|standards|culture|environment|families|politics|technology|consumers?)\b/i;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const phrase = normalise(match[0]);
  const [, word, partAfter, thisOrLast, partAfterThis] = match;
  const key = word !== undefined ? word.toLowerCase() : thisOrLast !== undefined ? `${thisOrLast.toLowerCase()} ${partAfterThis?.toLowerCase()}` : phrase;
  const dayWord = /\b(today|yesterday|tomorrow)\b/i.exec(phrase)?.[1]?.toLowerCase();
  const offset = DAY_OFFSETS[key] ?? DAY_OFFSETS[phrase] ?? (dayWord ? DAY_OFFSETS[dayWord] : undefined);
  if (offset === undefined) return null;
  const partWord = (partAfter ?? partAfterThis ?? (key === 'tonight' ? 'tonight' : key === 'last night' ? 'night' : ''))
    .toLowerCase();
  const part = PARTS[partWord];
  // "today's world", "today's youth": the present in general, not the day.
  if (key === 'today' && GENERIC_PRESENT.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20))) {
    return makeDraft(match, 'relativeDay', 'DATE', { value: 'PRESENT_REF', trace: [`"${match[0]}'s" + a noun means the present in general`, '→ PRESENT_REF'] });
  }
  const type: TimexType = part ? 'TIME' : 'DATE';
  const resolve = (ctx: ResolveContext): Resolved => {
    if (!ctx.reference) return { value: `XXXX-XX-XX${part ? `T${part}` : ''}`, trace: ['no reference date → day unknown'] };
    const value = formatDay(addDays(ctx.reference, offset)) + (part ? `T${part}` : '');
    const how = offset === 0 ? 'the same day' : `${countUnits(Math.abs(offset), 'day')} ${offset < 0 ? 'before' : 'after'}`;
    return { value, trace: [`"${match[0]}" counts days from the reference`, ctx.referenceNote, how, `→ ${value}`] };
  };
  return makeDraft(match, 'relativeDay', type, { resolve, deictic: true });
}

/** "today", "yesterday", "tomorrow morning", "tonight", "last night", "this morning". */
export const relativeDayParser: Parser = { name: 'relativeDay', pattern: PATTERN, extract };
