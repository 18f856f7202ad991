import { makeDraft } from '../draft.ts';
import { formatDuration, lookUpUnit } from '../lexicon.ts';
import type { Draft, Parser } from '../types.ts';

/** Only after words that make a bare plural a stretch of time ("for years", "in recent months", "decades-long"). */
const PATTERN = /(?<=\b(?:for|over|in|within|just|only|mere|recent|past|last|after|took|take|takes|lasted|spent|spend|coming|next|hours|days|weeks|months|years|or) )(?:the )?(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b|\b(?:decades|years|months|weeks|days|hours|decade|year|month|week|day|hour)-long\b/gi;

function extract(match: RegExpExecArray, text: string): Draft | null {
  const word = match[0].replace(/-long$/i, '').replace(/^the /i, '');
  // "the years" only after "over"/"in" ("over the years"); "the days" / "the weeks" are usually a list of dates.
  if (/^the /i.test(match[0]) && !/^the years$/i.test(match[0])) return null;
  const unit = lookUpUnit(word);
  if (unit === null) return null;
  const end = match.index + match[0].length;
  // "in years past", "years old" are other constructions; "days of" often starts a list of dates.
  if (/^\s+(?:old|of age|ago|earlier|later|before)\b/i.test(text.slice(end, end + 12))) return null;
  // "in recent years", "in past years": the recent past as a whole rather than a length of time.
  if (unit === 'year' && /\b(?:recent|past)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) {
    return makeDraft(match, 'vagueDuration', 'DATE', { value: 'PAST_REF', trace: [`"recent ${match[0]}" is the recent past`, '→ PAST_REF'] });
  }
  // "day-long", "year-long": one unit.
  const value = /^(?:decade|year|month|week|day|hour)-long$/i.test(match[0]) ? formatDuration(1, unit) : formatDuration('X', unit);
  return makeDraft(match, 'vagueDuration', 'DURATION', { value, trace: [`"${match[0]}" is an unspecified number of ${unit}s`, `→ ${value}`] });
}

/** "for years", "over decades", "in recent months": durations of unspecified length. */
export const vagueDurationParser: Parser = { name: 'vagueDuration', pattern: PATTERN, extract };
