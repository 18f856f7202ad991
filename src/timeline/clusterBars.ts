import type { Category } from '../model/dataFile';
import { CLUSTER_MIN_WIDTH_PX, type ClusterGeometry } from './clusters';
import type { MarkKind } from './layout';

/** One part of a cluster's stacked mini-bar, in px from the pill's left edge. */
export interface ClusterBarPart<K extends string> {
  key: K;
  xPx: number;
  widthPx: number;
}

/** Where a cluster's pill sits and what its two mini-bars are made of: the same for the DOM and the canvas. */
export interface ClusterBars {
  leftPx: number;
  widthPx: number;
  /** One colour per category, in proportion. */
  categoryParts: ClusterBarPart<Category>[];
  /** Days, periods, ranges, in proportion. */
  kindParts: ClusterBarPart<MarkKind>[];
}

export const CLUSTER_PILL_HEIGHT_PX = 18;
export const CLUSTER_BAR_HEIGHT_PX = 3;
/** Tops of the category bar and the precision bar below the pill's top. */
export const CLUSTER_CATEGORY_BAR_TOP_PX = CLUSTER_PILL_HEIGHT_PX + 3;
export const CLUSTER_KIND_BAR_TOP_PX = CLUSTER_CATEGORY_BAR_TOP_PX + CLUSTER_BAR_HEIGHT_PX + 1;
const PRECISION_ORDER: readonly MarkKind[] = ['point', 'band', 'bar'];

/** Consecutive parts of a bar `widthPx` wide, one per non-zero count, in proportion. */
function stackParts<K extends string>(counts: readonly [K, number][], total: number, widthPx: number): ClusterBarPart<K>[] {
  const parts: ClusterBarPart<K>[] = [];
  let xPx = 0;
  for (const [key, n] of counts) {
    if (n === 0) continue;
    const partPx = (n / total) * widthPx;
    parts.push({ key, xPx, widthPx: partPx });
    xPx += partPx;
  }
  return parts;
}

/** The pill of a cluster (from its first event rightwards, inset so neighbours never touch) and its mini-bars. */
export function planClusterBars(cluster: ClusterGeometry): ClusterBars {
  const widthPx = Math.max(CLUSTER_MIN_WIDTH_PX, cluster.x1Px - cluster.x0Px) - 2;
  const total = cluster.ids.length;
  return {
    leftPx: cluster.x0Px + 1,
    widthPx,
    categoryParts: stackParts(cluster.categoryCounts, total, widthPx),
    kindParts: stackParts(PRECISION_ORDER.map((kind) => [kind, cluster.kindCounts[kind]] as [MarkKind, number]), total, widthPx),
  };
}
