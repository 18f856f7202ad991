import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { estimateTextWidthPx } from './lanes';

/** Which calendar unit the axis counts in at the current zoom. */
export type TickLevel = 'year' | 'month' | 'day';

/** One tick of the time axis, in pixels: components never see dates. */
export interface AxisTick {
  key: string;
  xPx: number;
  label: string;
}

/** The ticks for one view, plus the year(s) in view when day labels alone would not say it. */
export interface AxisTicks {
  level: TickLevel;
  ticks: AxisTick[];
  /** "2023" or "2022–2023" at day level, where tick labels have no year; empty otherwise. */
  contextLabel: string;
}

const DAY_MS = 86_400_000;

interface TickStep {
  level: TickLevel;
  /** Nominal length of one step, to count ticks before generating them. */
  stepMs: number;
  interval: TimeInterval;
}

const every = (interval: CountableTimeInterval, step: number) => interval.every(step) ?? interval;
/** Ticks on these days of each month only: even spacing within a month, and no crowding at its end. */
const onDaysOfMonth = (days: readonly number[]) => utcDay.filter((date) => days.includes(date.getUTCDate()));

// From finest to coarsest; the first step whose ticks fit wins. Day steps restart each month (1, 8, 15, 22)
// so a tick on the 29th never crowds the 1st that follows it.
const STEPS: readonly TickStep[] = [
  { level: 'day', stepMs: DAY_MS, interval: utcDay },
  { level: 'day', stepMs: 2 * DAY_MS, interval: onDaysOfMonth([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27]) },
  { level: 'day', stepMs: 5 * DAY_MS, interval: onDaysOfMonth([1, 6, 11, 16, 21, 26]) },
  { level: 'day', stepMs: 7.5 * DAY_MS, interval: onDaysOfMonth([1, 8, 15, 22]) },
  { level: 'day', stepMs: 15 * DAY_MS, interval: onDaysOfMonth([1, 15]) },
  { level: 'month', stepMs: 30.44 * DAY_MS, interval: utcMonth },
  { level: 'month', stepMs: 2 * 30.44 * DAY_MS, interval: every(utcMonth, 2) },
  { level: 'month', stepMs: 3 * 30.44 * DAY_MS, interval: every(utcMonth, 3) },
  { level: 'month', stepMs: 4 * 30.44 * DAY_MS, interval: every(utcMonth, 4) },
  { level: 'month', stepMs: 6 * 30.44 * DAY_MS, interval: every(utcMonth, 6) },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((years) => ({
    level: 'year' as const,
    stepMs: years * 365.25 * DAY_MS,
    interval: every(utcYear, years),
  })),
];

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortMonth = (date: Date) => SHORT_MONTHS[date.getUTCMonth()]!;

// Fixed English patterns, independent of the reader's locale like the rest of the interface.
const FORMATS: Record<TickLevel, (date: Date) => string> = {
  year: (date) => String(date.getUTCFullYear()),
  month: (date) => `${shortMonth(date)} ${date.getUTCFullYear()}`,
  day: (date) => `${date.getUTCDate()} ${shortMonth(date)}`,
};

/** Tick labels sit this far right of their tick, at this font size (TimeAxis draws them so). */
export const TICK_LABEL_OFFSET_PX = 4;
export const TICK_FONT_PX = 12;

/** Labels like "Sep 2022" need about this much room; fewer, wider-spaced ticks read better than crowded ones. */
export const MIN_TICK_SPACING_PX = 72;

/** Picks the finest calendar step whose ticks keep at least `minSpacingPx` apart across `widthPx`. */
export function chooseTickStep(spanMs: number, widthPx: number, minSpacingPx = MIN_TICK_SPACING_PX): TickStep {
  const maxTicks = Math.max(1, Math.floor(widthPx / minSpacingPx));
  return STEPS.find((step) => spanMs / step.stepMs <= maxTicks) ?? STEPS[STEPS.length - 1]!;
}

/** Ticks for the visible domain of `scale`: years when zoomed out, then months, then days; labels that would be cut are left out. */
export function computeTicks(scale: ScaleTime<number, number>, widthPx: number, minSpacingPx = MIN_TICK_SPACING_PX): AxisTicks {
  const [from, to] = scale.domain() as [Date, Date];
  const step = chooseTickStep(to.getTime() - from.getTime(), widthPx, minSpacingPx);
  const format = FORMATS[step.level];
  const ticks = scale.ticks(step.interval)
    .map((date) => ({ key: date.toISOString(), xPx: scale(date), label: format(date) }))
    // A label drawn right of its tick and cut by the edge of the view helps nobody.
    .filter((tick) => tick.xPx + TICK_LABEL_OFFSET_PX + estimateTextWidthPx(tick.label, TICK_FONT_PX) <= widthPx);
  // The domain's end is exclusive: a view ending at 1 January 00:00 shows nothing of the new year.
  const [fromYear, toYear] = [from.getUTCFullYear(), new Date(to.getTime() - 1).getUTCFullYear()];
  const contextLabel = step.level !== 'day' ? '' : fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  return { level: step.level, ticks, contextLabel };
}
