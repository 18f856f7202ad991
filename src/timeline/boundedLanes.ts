import { LANE_GAP_PX } from './lanes';

/** A mark to place: its own extent, and how far right its label would reach when shown. */
export interface BoundedLaneItem {
  id: string;
  leftPx: number;
  /** Right edge of the mark alone (glyph or bar). */
  markRightPx: number;
  /** Left and right edges with the label drawn (a label near the view's right end may reach left of its mark). */
  labelLeftPx: number;
  labelRightPx: number;
}

/** Which lane each item took, whether its label is shown, and what did not fit in any lane. */
export interface BoundedLanes {
  laneById: Map<string, number>;
  labelledIds: Set<string>;
  /** Items with no room in any lane, in left-edge order: they are drawn as clusters. */
  overflowIds: string[];
  laneCount: number;
}

/** The order lanes are filled in: by left edge, then right edge, then id. */
export const byLeftEdge = (a: BoundedLaneItem, b: BoundedLaneItem) =>
  a.leftPx - b.leftPx || a.markRightPx - b.markRightPx || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** True when `items` already come in lane order: the caller sorted once for several sweeps. */
function isInLaneOrder(items: readonly BoundedLaneItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (byLeftEdge(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

/**
 * Greedy interval partitioning into at most `maxLanes` lanes. Each item, left to right, takes the first lane with
 * room for it and its label; failing that, the first lane with room for the mark alone (the label then shows on
 * hover and focus); failing that, a lane whose last label gives way to it (a mark matters more than a label);
 * failing that, it overflows. A pinned item (the selection) is placed first in lane 0 with its
 * label, so the event the reader is on is always a mark, never hidden in a cluster.
 */
export function assignBoundedLanes(
  items: readonly BoundedLaneItem[], maxLanes: number, pinnedId: string | null = null, gapPx = LANE_GAP_PX,
): BoundedLanes {
  const lanes = Math.max(1, Math.floor(maxLanes));
  // A linear check spares a sort of 10,000 items when the caller has sorted them for several sweeps.
  const sorted = isInLaneOrder(items) ? items : [...items].sort(byLeftEdge);
  const laneRightPx: number[] = [];
  const laneById = new Map<string, number>();
  const labelledIds = new Set<string>();
  const overflowIds: string[] = [];
  const pinned = pinnedId === null ? undefined : sorted.find((item) => item.id === pinnedId);
  let pinnedPending = pinned !== undefined;
  if (pinned) {
    laneById.set(pinned.id, 0);
    labelledIds.add(pinned.id);
    laneRightPx[0] = -Infinity;
  }

  const fits = (lane: number, leftPx: number, rightPx: number) => {
    const right = laneRightPx[lane];
    if (right !== undefined && right + gapPx > leftPx) return false;
    // Lane 0 must also leave room before the pinned item until the sweep reaches it.
    return !(lane === 0 && pinnedPending && pinned && rightPx + gapPx > pinned.labelLeftPx && leftPx < pinned.labelRightPx + gapPx);
  };
  const findLane = (leftPx: number, rightPx: number) => {
    for (let lane = 0; lane < lanes; lane++) if (fits(lane, leftPx, rightPx)) return lane;
    return -1;
  };

  // The last item of each lane, so its label can give way to a later mark.
  const laneLast: (BoundedLaneItem | undefined)[] = [];
  for (const item of sorted) {
    if (pinned && item.id === pinned.id) {
      laneRightPx[0] = Math.max(laneRightPx[0] ?? -Infinity, pinned.labelRightPx);
      laneLast[0] = undefined; // The pinned label never gives way.
      pinnedPending = false;
      continue;
    }
    let lane = findLane(item.labelLeftPx, item.labelRightPx);
    if (lane === -1) lane = findLane(item.leftPx, item.markRightPx);
    if (lane === -1) {
      // A mark matters more than a label: drop the label of a lane's last item if that makes room.
      lane = laneLast.findIndex((last) => last !== undefined && labelledIds.has(last.id) && last.markRightPx + gapPx <= item.leftPx);
      if (lane !== -1) {
        const last = laneLast[lane]!;
        labelledIds.delete(last.id);
        laneRightPx[lane] = last.markRightPx;
        if (!fits(lane, item.leftPx, item.markRightPx)) lane = -1;
      }
    }
    if (lane === -1) {
      overflowIds.push(item.id);
      continue;
    }
    const withLabel = fits(lane, item.labelLeftPx, item.labelRightPx);
    if (withLabel) labelledIds.add(item.id);
    laneRightPx[lane] = withLabel ? item.labelRightPx : item.markRightPx;
    laneLast[lane] = item;
    laneById.set(item.id, lane);
  }
  return { laneById, labelledIds, overflowIds, laneCount: laneRightPx.length };
}
