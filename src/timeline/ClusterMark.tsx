import { memo } from 'react';
import { getCategoryStyle } from './categoryStyle';
import {
  CLUSTER_BAR_HEIGHT_PX, CLUSTER_CATEGORY_BAR_TOP_PX, CLUSTER_KIND_BAR_TOP_PX, CLUSTER_PILL_HEIGHT_PX, planClusterBars,
} from './clusterBars';
import type { ClusterGeometry } from './clusters';
import { describeCluster, formatClusterSpan } from './clusterLabel';

/** One cluster, laid out: a "+37" pill over its events' span, a stacked category bar, a precision bar. */
export interface ClusterMarkProps {
  cluster: ClusterGeometry;
  /** Top of the cluster row, px. */
  topPx: number;
  /** The mini-bars are drawn on the canvas layer: the DOM keeps the pill, its count and the button. */
  barsOnCanvas?: boolean;
}

function ClusterMarkView({ cluster, topPx, barsOnCanvas = false }: ClusterMarkProps) {
  const { leftPx, widthPx, categoryParts, kindParts } = planClusterBars(cluster);
  const total = cluster.ids.length;
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
      <rect className="cluster-pill" x={0} y={2} width={widthPx} height={CLUSTER_PILL_HEIGHT_PX} rx={CLUSTER_PILL_HEIGHT_PX / 2} />
      <text className="cluster-count" x={widthPx / 2} y={15} textAnchor="middle">{`+${total}`}</text>
      {/* What the events are: one colour per category, in proportion. */}
      {!barsOnCanvas && categoryParts.map(({ key: category, xPx, widthPx: partPx }) => (
        <rect key={category} className={`cluster-part ${getCategoryStyle(category).className}`} x={xPx} y={CLUSTER_CATEGORY_BAR_TOP_PX} width={partPx} height={CLUSTER_BAR_HEIGHT_PX} />
      ))}
      {/* How precise they are: days dark, periods light, ranges striped. */}
      {!barsOnCanvas && kindParts.map(({ key: kind, xPx, widthPx: partPx }) => (
        <rect key={kind} className={`cluster-precision precision-${kind}`} x={xPx} y={CLUSTER_KIND_BAR_TOP_PX} width={partPx} height={CLUSTER_BAR_HEIGHT_PX} />
      ))}
    </g>
  );
}

/** Re-renders when its cluster's members or place change, not on every view of its neighbours. */
export const ClusterMark = memo(ClusterMarkView, (prev, next) =>
  prev.topPx === next.topPx
  && prev.barsOnCanvas === next.barsOnCanvas
  && prev.cluster.key === next.cluster.key
  && prev.cluster.ids.length === next.cluster.ids.length
  && prev.cluster.x0Px === next.cluster.x0Px
  && prev.cluster.x1Px === next.cluster.x1Px);
