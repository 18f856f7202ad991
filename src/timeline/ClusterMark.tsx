import { memo } from 'react';
import { getCategoryStyle } from './categoryStyle';
import { CLUSTER_MIN_WIDTH_PX, type ClusterGeometry } from './clusters';
import { describeCluster, formatClusterSpan } from './clusterLabel';
import type { MarkKind } from './layout';

/** One cluster, laid out: a "+37" pill over its events' span, a stacked category bar, a precision bar. */
export interface ClusterMarkProps {
  cluster: ClusterGeometry;
  /** Top of the cluster row, px. */
  topPx: number;
}

const PILL_HEIGHT_PX = 18;
const BAR_HEIGHT_PX = 3;
const PRECISION_ORDER: readonly MarkKind[] = ['point', 'band', 'bar'];

/** Consecutive parts of a bar `widthPx` wide, one per non-zero count, in proportion. */
function stackParts<K extends string>(counts: readonly [K, number][], total: number, widthPx: number) {
  const parts: { key: K; xPx: number; widthPx: number }[] = [];
  let xPx = 0;
  for (const [key, n] of counts) {
    if (n === 0) continue;
    const partPx = (n / total) * widthPx;
    parts.push({ key, xPx, widthPx: partPx });
    xPx += partPx;
  }
  return parts;
}

function ClusterMarkView({ cluster, topPx }: ClusterMarkProps) {
  // From its first event rightwards, as groupIntoClusters measured it, inset so neighbours never touch.
  const widthPx = Math.max(CLUSTER_MIN_WIDTH_PX, cluster.x1Px - cluster.x0Px) - 2;
  const leftPx = cluster.x0Px + 1;
  const total = cluster.ids.length;
  const categoryParts = stackParts(cluster.categoryCounts, total, widthPx);
  const kindParts = stackParts(PRECISION_ORDER.map((kind) => [kind, cluster.kindCounts[kind]] as [MarkKind, number]), total, widthPx);
  return (
    <g
      className="cluster-mark"
      role="button"
      tabIndex={-1}
      aria-label={describeCluster(cluster)}
      data-cluster-key={cluster.key}
      data-count={total}
      transform={`translate(${leftPx},${topPx})`}
    >
      <title>{`${total} events, ${formatClusterSpan(cluster.startMs, cluster.endMs)}: click to zoom in`}</title>
      <rect className="cluster-pill" x={0} y={2} width={widthPx} height={PILL_HEIGHT_PX} rx={PILL_HEIGHT_PX / 2} />
      <text className="cluster-count" x={widthPx / 2} y={15} textAnchor="middle">{`+${total}`}</text>
      {/* What the events are: one colour per category, in proportion. */}
      {categoryParts.map(({ key: category, xPx, widthPx: partPx }) => (
        <rect key={category} className={`cluster-part ${getCategoryStyle(category).className}`} x={xPx} y={PILL_HEIGHT_PX + 3} width={partPx} height={BAR_HEIGHT_PX} />
      ))}
      {/* How precise they are: days dark, periods light, ranges striped. */}
      {kindParts.map(({ key: kind, xPx, widthPx: partPx }) => (
        <rect key={kind} className={`cluster-precision precision-${kind}`} x={xPx} y={PILL_HEIGHT_PX + 3 + BAR_HEIGHT_PX + 1} width={partPx} height={BAR_HEIGHT_PX} />
      ))}
    </g>
  );
}

/** Re-renders when its cluster's members or place change, not on every view of its neighbours. */
export const ClusterMark = memo(ClusterMarkView, (prev, next) =>
  prev.topPx === next.topPx
  && prev.cluster.key === next.cluster.key
  && prev.cluster.ids.length === next.cluster.ids.length
  && prev.cluster.x0Px === next.cluster.x0Px
  && prev.cluster.x1Px === next.cluster.x1Px);
