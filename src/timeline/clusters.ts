import type { Category } from '../model/dataFile';
import type { MarkKind } from './layout';

/** An event that found no lane: where it sits and what it is, for its cluster's count, span and mini-bars. */
export interface ClusterMember {
  id: string;
  /** Where the mark would be drawn (its glyph), px. */
  xPx: number;
  startMs: number;
  endMs: number;
  category: Category;
  kind: MarkKind;
}

/** Plain geometry of one cluster: "+37" over the span its events cover, with what they are made of. */
export interface ClusterGeometry {
  /** Stable while the same events stay together: first and last member ids. */
  key: string;
  ids: string[];
  x0Px: number;
  x1Px: number;
  startMs: number;
  endMs: number;
  /** How many of each category, in legend order of first appearance: the stacked mini-bar. */
  categoryCounts: [Category, number][];
  /** How many points (days), bands (months, years…) and bars (ranges). */
  kindCounts: Record<MarkKind, number>;
}

/** A cluster pill is never narrower than its "+1234" text. */
export const CLUSTER_MIN_WIDTH_PX = 40;
/** A cluster covers at most this much of the view: "+9,000" over the whole axis would say nothing. */
export const CLUSTER_MAX_WIDTH_PX = 96;
/** Clusters closer than this merge: two pills this close read as one anyway. */
export const CLUSTER_GAP_PX = 6;

/**
 * Groups overflowing events into clusters by their x: walking left to right, an event joins the current cluster
 * while it lies within the pill's drawn width plus a gap (so pills never overlap) and the cluster stays narrower
 * than `maxWidthPx` (so a dense stretch reads as several counts, not one). Members must come sorted by xPx.
 */
export function groupIntoClusters(
  members: readonly ClusterMember[], minWidthPx = CLUSTER_MIN_WIDTH_PX, gapPx = CLUSTER_GAP_PX, maxWidthPx = CLUSTER_MAX_WIDTH_PX,
): ClusterGeometry[] {
  const clusters: ClusterGeometry[] = [];
  let current: ClusterGeometry | null = null;
  let categoryCounts = new Map<Category, number>();
  const close = () => {
    if (!current) return;
    current.categoryCounts = [...categoryCounts];
    current.key = `${current.ids[0]}…${current.ids[current.ids.length - 1]}`;
    clusters.push(current);
  };
  for (const member of members) {
    const drawnRightPx = current ? Math.max(current.x1Px, current.x0Px + minWidthPx) : -Infinity;
    if (!current || member.xPx > drawnRightPx + gapPx || member.xPx - current.x0Px > maxWidthPx) {
      close();
      categoryCounts = new Map();
      current = {
        key: '', ids: [], x0Px: member.xPx, x1Px: member.xPx, startMs: member.startMs, endMs: member.endMs,
        categoryCounts: [], kindCounts: { point: 0, band: 0, bar: 0 },
      };
    }
    current.ids.push(member.id);
    current.x1Px = Math.max(current.x1Px, member.xPx);
    current.startMs = Math.min(current.startMs, member.startMs);
    current.endMs = Math.max(current.endMs, member.endMs);
    categoryCounts.set(member.category, (categoryCounts.get(member.category) ?? 0) + 1);
    current.kindCounts[member.kind] += 1;
  }
  close();
  return clusters;
}
