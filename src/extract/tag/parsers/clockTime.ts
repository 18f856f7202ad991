import { addDays, formatDay, pad2 } from '../../../model/calendar.ts';
import { makeDraft } from '../draft.ts';
import { lookUpMonth, lookUpWeekday, MONTH_RE, WEEKDAY_RE } from '../lexicon.ts';
import { resolveDayOfMonth, resolveWeekday } from '../resolveHelpers.ts';
import type { Draft, Parser, ResolveContext, Resolved } from '../types.ts';

const ZONES = '(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|MSK|IST|JST|AEST|ET|PT|CT|local time)';
const PATTERN = new RegExp(
  '\\b(?:(\\d{1,2})(?:[:.](\\d{2}))? ?(a\\.m\\.|p\\.m\\.|am|pm)(?![a-z])|(\\d{1,2}):(\\d{2})(?![\\d:])|(noon|midnight|midday)|' +
    '([01]\\d|2[0-3])([0-5]\\d)(?= ?(?:UTC|GMT)\\b))' +
    `(?: (${ZONES})\\b)?(?:,? (?:on )?(today|yesterday|tomorrow|${WEEKDAY_RE})\\b)?` +
    `(?:,? (?:on )?(?:(${MONTH_RE})(?![a-z]) ?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)|(\\d{1,2}) (${MONTH_RE})(?![a-z]))(?:,? ((?:1[6-9]|20)\\d\\d)(?!\\d))?)?`,
  'gi',
);

function readClock(match: RegExpExecArray): { h: number; min: number } | null {
  const [, h12, m12, ampm, h24, m24, word, hMilitary, mMilitary] = match;
  if (word) return word.toLowerCase() === 'midnight' ? { h: 24, min: 0 } : { h: 12, min: 0 };
  if (hMilitary !== undefined) return { h: Number(hMilitary), min: Number(mMilitary) };
  if (h12 !== undefined && ampm !== undefined) {
    let h = Number(h12);
    if (h < 1 || h > 12) return null;
    const pm = ampm.toLowerCase().startsWith('p');
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    const min = m12 === undefined ? 0 : Number(m12);
    return min < 60 ? { h, min } : null;
  }
  const h = Number(h24);
  const min = Number(m24);
  return h < 24 && min < 60 ? { h, min } : null;
}

function extract(match: RegExpExecArray, text: string): Draft | null {
  const clock = readClock(match);
  if (!clock) return null;
  const [, , , , h24, , word, , , zone, dayWord, monthFirst, dayAfterMonth, dayFirst, monthAfterDay, yearText] = match;
  const monthWord = monthFirst ?? monthAfterDay;
  const monthDay = dayAfterMonth ?? dayFirst;
  // "High Noon", "high noon": a figure of speech.
  if (word && /\bhigh\s*$/i.test(text.slice(Math.max(0, match.index - 6), match.index))) return null;
  // A bare "3:2" is a ratio or a score: 24-hour times need a zone, a day or "at" before them.
  if (h24 !== undefined && !zone && !dayWord && !/\b(?:at|by|until|from|after|before|around|about)\s*$/i.test(text.slice(Math.max(0, match.index - 8), match.index))
    && !/(?:^|\n)\s{0,3}$/.test(text.slice(Math.max(0, match.index - 3), match.index))) return null;
  const zulu = zone && /^(?:utc|gmt|z)$/i.test(zone) ? 'Z' : '';
  const hhmm = clock.h === 24 ? '24:00' : `${pad2(clock.h)}:${pad2(clock.min)}`;
  const resolve = (ctx: ResolveContext): Resolved => {
    // A bare clock time belongs to the day the text is talking about: the last day mentioned, else the reference.
    const anchoredDay = ctx.anchorValue && /^\d{4}-\d{2}-\d{2}/.test(ctx.anchorValue) ? ctx.anchor : null;
    let day = dayWord || monthWord ? ctx.reference : anchoredDay ?? ctx.reference;
    const trace = [`"${match[0]}" is ${hhmm}${zulu ? ' UTC' : ''}`];
    if (monthWord && monthDay) {
      const month = lookUpMonth(monthWord);
      if (month !== null && yearText) return finish(`${yearText}-${pad2(month)}-${pad2(Number(monthDay))}`, trace);
      if (month !== null) return finish(resolveDayOfMonth(ctx, month, Number(monthDay)).value, trace);
    }
    if (dayWord && day) {
      const w = lookUpWeekday(dayWord);
      if (w !== null) return finish(resolveWeekday(ctx, w).value, trace);
      const offset = { today: 0, yesterday: -1, tomorrow: 1 }[dayWord.toLowerCase() as 'today'] ?? 0;
      day = addDays(day, offset);
    }
    if (!day) return finish('XXXX-XX-XX', [...trace, 'no reference date → day unknown']);
    return finish(formatDay(day), [...trace, day === anchoredDay && !dayWord ? `on the last day mentioned, ${formatDay(day)}` : `on the day of ${ctx.referenceNote}`]);
  };
  const finish = (dayValue: string, trace: string[]): Resolved => {
    const value = `${dayValue}T${hhmm}${zulu}`;
    return { value, trace: [...trace, `→ ${value}`] };
  };
  return makeDraft(match, 'clockTime', 'TIME', { resolve, absolute: yearText !== undefined });
}

/** "9:25pm", "10 a.m. Friday", "12:15 UTC", "noon". */
export const clockTimeParser: Parser = { name: 'clockTime', pattern: PATTERN, extract };
