import { formatDay, toUtcDay } from '../../model/calendar.ts';
import type { Granularity } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { previousDay, readDuration, shiftDay, shiftMonthValue } from './shiftDate';

/** The dates a duration gives once anchored: a range with its precision and how sure its ends are. */
export interface AnchoredRange {
  start: string;
  end: string;
  granularity: Granularity;
  approximate: boolean;
  ongoing: boolean;
  why: string[];
}

/** What the builder knows around a duration mention. */
export interface DurationContext {
  /** The duration's value (P8.5M) and text ("8-and-a-half months"). */
  value: string;
  text: string;
  /** The clause's words before and after the mention. */
  before: string;
  after: string;
  /** The clause's verb is a present perfect ("has been"): the stretch runs up to now. */
  perfect: boolean;
  /** Publication day YYYY-MM-DD. */
  published: string;
  /** Value of the dated mention of the same clause, if any ("in May" → 2022-05). */
  anchorValue?: string;
}

const FOR_BEFORE = /\b(?:for|over|during|in)\s(?:the\s)?(?:(?:past|last)\s)?$/i;
const PAST_OR_LAST_BEFORE = /\b(?:past|last)\s$/i;
const AFTER_BEFORE = /\bafter\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$/i;
const OF_AFTER = /^\s+of\b/i;
const unitWords: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

function describe(value: string): string {
  const d = readDuration(value);
  return d ? `${d.amount} ${unitWords[d.unit]}${d.amount === 1 ? '' : 's'}` : value;
}

/** "for N units has been" / "for the past N units": the N units up to publication. */
function rangeUpToPublication(ctx: DurationContext): AnchoredRange | null {
  const duration = readDuration(ctx.value);
  if (!duration) return null;
  const perfect = ctx.perfect;
  if (!perfect && !PAST_OR_LAST_BEFORE.test(ctx.before)) return null;
  const start = shiftDay(ctx.published, duration, -1);
  return {
    start,
    end: ctx.published,
    granularity: 'day',
    approximate: true,
    ongoing: perfect,
    why: [
      perfect
        ? `"for ${ctx.text}" with a present perfect verb: a period running up to publication ${ctx.published}, still going on`
        : `"${ctx.text}" counted back from publication ${ctx.published}`,
      `start ≈ ${ctx.published} − ${describe(ctx.value)} = ${start}`,
    ],
  };
}

/** "after N units of X" beside a dated event: the N units just before that event's date. */
function rangeBeforeAnchor(ctx: DurationContext): AnchoredRange | null {
  const duration = readDuration(ctx.value);
  const anchor = ctx.anchorValue ? parseTimeValue(ctx.anchorValue) : null;
  if (!duration || !anchor || !ctx.anchorValue) return null;
  const why = [`"after ${ctx.text} of …" ends where the dated event of its clause (${ctx.anchorValue}) begins`];
  if (anchor.granularity === 'month' && duration.unit === 'M' && Number.isInteger(duration.amount)) {
    const end = shiftMonthValue(ctx.anchorValue, -1);
    const start = shiftMonthValue(ctx.anchorValue, -duration.amount);
    return { start, end, granularity: 'month', approximate: false, ongoing: false, why: [...why, `the ${describe(ctx.value)} before ${ctx.anchorValue}: ${start} to ${end}`] };
  }
  if (anchor.granularity === 'year' && duration.unit === 'Y' && Number.isInteger(duration.amount)) {
    const year = Number(ctx.anchorValue);
    const start = String(year - duration.amount);
    const end = String(year - 1);
    return { start, end, granularity: 'year', approximate: false, ongoing: false, why: [...why, `the ${describe(ctx.value)} before ${ctx.anchorValue}: ${start} to ${end}`] };
  }
  const anchorDay = formatDay(toUtcDay(anchor.startMs));
  const start = shiftDay(anchorDay, duration, -1);
  const end = previousDay(anchorDay);
  return { start, end, granularity: 'day', approximate: true, ongoing: false, why: [...why, `≈ ${describe(ctx.value)} before ${anchorDay}: ${start} to ${end}`] };
}

/**
 * Turns a duration into a dated range when the text anchors it: "for 8-and-a-half months has been …" (present
 * perfect) runs from publication − 8.5 months to publication and goes on; "for the past two weeks" ends at
 * publication; "after two months of fierce fighting" beside "in May" is the two months before May. Any other
 * duration ("a two-year sentence") dates nothing and gives null.
 */
export function anchorDuration(ctx: DurationContext): AnchoredRange | null {
  if (FOR_BEFORE.test(ctx.before)) return rangeUpToPublication(ctx);
  if (AFTER_BEFORE.test(ctx.before) && OF_AFTER.test(ctx.after)) return rangeBeforeAnchor(ctx);
  return null;
}
