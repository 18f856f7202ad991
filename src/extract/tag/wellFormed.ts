/** TimeML values this tagger may produce (a subset of TIMEX3 value syntax). */
const DATE = '(?:\\d{4}|XXXX)(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?|-W(?:\\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?';
const TIME = '(?:T(?:\\d{2}:\\d{2}(?::\\d{2})?Z?|MO|AF|EV|NI|DT))?';
const DURATION = 'P(?:(?:\\d+(?:\\.\\d+)?|X)(?:DE|CE|[DMQWY]))?(?:T(?:\\d+(?:\\.\\d+)?|X)[HMS])?';
const SHORT = '\\d{2,3}|XX\\d?|XXX';
const WELL_FORMED = new RegExp(
  `^(?:${DATE}${TIME}|${DURATION}|${SHORT}|PRESENT_REF|PAST_REF|FUTURE_REF)$`,
);

/** True when `value` is a TimeML value of a shape this tagger produces (dates, weeks, quarters, durations, *_REF). */
export function isWellFormedTimexValue(value: string): boolean {
  return value !== 'P' && WELL_FORMED.test(value);
}
