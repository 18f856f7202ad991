import { addDays, formatDay } from '../../../model/calendar.ts';
import { isCapitalised, readWordAfter } from '../context.ts';
import { makeDraft } from '../draft.ts';
import { lookUpWeekday, WEEKDAY_RE } from '../lexicon.ts';
import { resolveWeekday } from '../resolveHelpers.ts';
import type { Draft, Parser, ResolveContext, Resolved, Tense } from '../types.ts';

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const PATTERN = new RegExp(
  `\\b(?:(last|this|next|past|coming|early|late|earlier|later|previous|following) )?(${WEEKDAY_RE})(?:'s)?(?: (morning|afternoon|evening|night))?\\b`,
  'gi',
);

/** Capitalised words that may follow a weekday without making it part of a name. */
const AFTER_OK = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|I|ET|EST|EDT|GMT|UTC)\.?$/;

// A weekday after one of these is a day even before a capitalised word ("On Friday Ukrainian troops entered …").
const TIME_PREPOSITION_BEFORE = /\b(?:on|by|until|till|since)\s$/i;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const [, shiftWord, dayWord = '', partWord] = match;
  const weekday = lookUpWeekday(dayWord);
  if (weekday === null || !isCapitalised(dayWord)) return null;
  const end = match.index + match[0].length;
  const after = readWordAfter(text, end);
  // "Sunday Times", "Good Friday Agreement": a weekday inside a name; but "On Friday Ukrainian troops …" is a day.
  const afterPreposition = !shiftWord && TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, match.index - 7), match.index));
  if (!partWord && !afterPreposition && isCapitalised(after) && !AFTER_OK.test(after) && /^ [A-Z]/.test(text.slice(end, end + 2))) return null;
  const shift = shiftWord?.toLowerCase();
  const lean: Tense | null = shift === 'last' || shift === 'past' || shift === 'previous' ? 'past'
    : shift === 'next' || shift === 'coming' || shift === 'following' ? 'future' : null;
  const part = partWord ? PARTS[partWord.toLowerCase()] : undefined;
  const resolve = (ctx: ResolveContext): Resolved => {
    // "next Friday" / "last Friday" never mean the reference day itself: count from the day after/before it.
    const skip = lean === 'future' ? 1 : lean === 'past' && shift !== undefined ? -1 : 0;
    // A weekday lives in a week: in a history it follows the story only when the story is at a day ("On 5 June
    // 1944 … On Tuesday"); after a bare year ("a 1952 film … died on Wednesday") it is the news of the writing.
    const story = ctx.narrative && ctx.dct && !(ctx.anchorValue !== null && DAY_VALUE.test(ctx.anchorValue)) ? null : ctx.reference;
    const base = story ?? ctx.dct;
    const note = story ? ctx.referenceNote : `no day in the story to count from → published ${ctx.dct ? formatDay(ctx.dct) : ''}`;
    const reference = base && skip !== 0 ? addDays(base, skip) : base;
    // "Wednesday's ruling" names something that has happened.
    const genitive = /^'s\b/.test(text.slice(end - (partWord ? partWord.length + 3 : 2), end));
    // A story moves forwards: "On 3 May 1942 … On Tuesday …" is the Tuesday on or after that day, whatever the tense.
    const followsStory = story !== null && ctx.narrative && ctx.dct !== null && formatDay(story) !== formatDay(ctx.dct) && lean === null;
    const r = resolveWeekday({ ...ctx, reference, referenceNote: note }, weekday, lean ?? (followsStory ? 'future' : genitive && ctx.tense !== 'future' ? 'past' : ctx.tense));
    const value = part ? `${r.value}T${part}` : r.value;
    return { value, trace: [...r.trace.slice(0, -1), ...(part ? [`the ${partWord?.toLowerCase()} of that day`] : []), `→ ${value}`] };
  };
  // "last Friday", "next Tuesday" count from the writing; "the following Monday" from the story.
  const deictic = shift !== undefined && /^(?:last|this|next|past|coming)$/.test(shift);
  return makeDraft(match, 'weekday', part ? 'TIME' : 'DATE', { resolve, deictic });
}

/** "Friday", "last Friday", "Friday night": the date by the tense of the clause. */
export const weekdayParser: Parser = { name: 'weekday', pattern: PATTERN, extract };
