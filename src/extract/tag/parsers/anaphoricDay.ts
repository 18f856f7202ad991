import { addDays, formatDay } from '../../../model/calendar.ts';
import { makeDraft, normalise } from '../draft.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const SHIFTS: Readonly<Record<string, number>> = {
  that: 0, 'that same': 0, 'that very': 0, 'the very same': 0, 'the same': 0, 'the next': 1, 'the following': 1, 'the previous': -1, 'the prior': -1, 'the preceding': -1,
  before: -1, after: 1, the: 0,
};
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const PATTERN = /\b(?:(that same|that very|that|the same|the very same|the next|the following|the previous|the prior|the preceding) (day|morning|afternoon|evening|night)|the day (before|after)(?=\s*[,.;:)!?]|\s*$)|(?<=\b(?:in|during|on|of|by) )the (day|morning|afternoon|evening|night)(?=\s*[,.;)]|\s+(?:before|after|when|that)\b)|(?<=\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|starting|for|in) )the (day|morning|afternoon|evening|session)\b|(?:early|earlier|late|later) in the (day|morning|afternoon|evening)\b)/gi;

function extract(match: RegExpExecArray): Draft | null {
  const [, lead, partA, beforeAfter, partB, partC, partD] = match;
  const shift = SHIFTS[normalise(lead ?? beforeAfter ?? 'the')];
  if (shift === undefined) return null;
  const partWord = (partA ?? partB ?? partC ?? partD ?? 'day').toLowerCase().replace('session', 'day');
  const part = PARTS[partWord];
  const resolve = (ctx: ResolveContext): Resolved => {
    const trace = [`"${match[0]}" points back to the last date mentioned`];
    // Only a day can be stepped from: "the next day" after "in March 1984" is in March 1984 (or just after), no finer.
    // "(ending) the day" with no step is the day of the report, counted from the reference as before.
    if (shift !== 0 && ctx.anchorValue && /^\d{4}(?:-\d{2})?$/.test(ctx.anchorValue)) {
      return { value: ctx.anchorValue, trace: [...trace, `last date: ${ctx.anchorValue}, known only to its ${ctx.anchorValue.length === 4 ? 'year' : 'month'}`, `→ ${ctx.anchorValue}`] };
    }
    const base = ctx.anchorValue && /^\d{4}-\d{2}-\d{2}/.test(ctx.anchorValue) ? ctx.anchor : ctx.reference;
    if (!base) return { value: `XXXX-XX-XX${part ? `T${part}` : ''}`, trace: [...trace, 'no date to point to → unknown'] };
    const value = formatDay(addDays(base, shift)) + (part ? `T${part}` : '');
    return { value, trace: [...trace, `last date: ${ctx.anchorValue ?? formatDay(base)}`, shift === 0 ? 'the same day' : `${Math.abs(shift)} day ${shift < 0 ? 'before' : 'after'}`, `→ ${value}`] };
  };
  return makeDraft(match, 'anaphoricDay', part ? 'TIME' : 'DATE', { resolve });
}

/** "that day", "the next day", "the day before", "the following morning", "(later in) the day". */
export const anaphoricDayParser: Parser = { name: 'anaphoricDay', pattern: PATTERN, extract };
