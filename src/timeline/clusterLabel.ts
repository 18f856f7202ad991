import type { Category } from '../model/dataFile';
import { getCategoryStyle } from './categoryStyle';
import type { ClusterGeometry } from './clusters';
import type { MarkKind } from './layout';

const DAY_MS = 86_400_000;
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The dates a cluster covers, as short as reads clearly: "3 Mar 2001 – 9 Mar 2001", "Mar 2001 – Jun 2003". */
export function formatClusterSpan(startMs: number, endMs: number): string {
  // Spans are half-open: the last day is the one before endMs.
  const lastMs = Math.max(startMs, endMs - 1);
  const format = lastMs - startMs < 62 * DAY_MS ? dayMonthYear : monthYear;
  const [from, to] = [format.format(startMs), format.format(lastMs)];
  return from === to ? from : `${from} – ${to}`;
}

const KIND_WORDS: Record<MarkKind, [string, string]> = {
  point: ['day', 'days'], band: ['period', 'periods'], bar: ['range', 'ranges'],
};
const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "37 events, Mar 2001 – Jun 2003: 20 battle, 17 visit; 30 days, 7 ranges. Press to see each one." */
export function describeCluster({ ids, startMs, endMs, categoryCounts, kindCounts }: ClusterGeometry): string {
  const categories = categoryCounts.map(([category, n]: [Category, number]) => `${n} ${getCategoryStyle(category).label.toLowerCase()}`);
  const kinds = (Object.keys(KIND_WORDS) as MarkKind[]).filter((kind) => kindCounts[kind] > 0).map((kind) => count(kindCounts[kind], KIND_WORDS[kind]));
  return `${ids.length} events, ${formatClusterSpan(startMs, endMs)}: ${categories.join(', ')}; ${kinds.join(', ')}. Press to see each one.`;
}
