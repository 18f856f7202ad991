import { describe, expect, it } from 'vitest';
import { assignBoundedLanes, type BoundedLaneItem } from '../../../src/timeline/boundedLanes';

/** A mark at leftPx..markRightPx whose label would reach labelRightPx. */
const item = (id: string, leftPx: number, markRightPx: number, labelRightPx = markRightPx): BoundedLaneItem =>
  ({ id, leftPx, markRightPx, labelLeftPx: leftPx, labelRightPx });

describe('assignBoundedLanes keeps to the lanes it is given', () => {
  // Four marks 12 px wide, 20 px apart, each with a 100 px label.
  const crowded = [item('a', 0, 12, 100), item('b', 20, 32, 120), item('c', 40, 52, 140), item('d', 60, 72, 160)];

  it('draws every mark it can before any label: in dense runs each new mark takes the room of the label before it', () => {
    // a 0–100 in lane 0, b 20–120 in lane 1; c (40) fits once a (mark ends at 12) gives up its label; d (60) once c does.
    const lanes = assignBoundedLanes(crowded, 2, null, 8);
    expect(Object.fromEntries(lanes.laneById)).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect([...lanes.labelledIds].sort()).toEqual(['b', 'd']);
    expect(lanes.overflowIds).toEqual([]);
    expect(lanes.laneCount).toBe(2);
  });

  it('clusters what has no room even without labels: five marks 4 px apart in 2 lanes keep 2', () => {
    const tight = Array.from({ length: 5 }, (_, i) => item(`t${i}`, i * 4, i * 4 + 12, i * 4 + 60));
    const lanes = assignBoundedLanes(tight, 2, null, 8);
    expect(Object.fromEntries(lanes.laneById)).toEqual({ t0: 0, t1: 1 });
    expect(lanes.overflowIds).toEqual(['t2', 't3', 't4']);
  });

  it('uses every lane it needs when there is no bound', () => {
    const lanes = assignBoundedLanes(crowded, Infinity, null, 8);
    expect(lanes.overflowIds).toEqual([]);
    expect(lanes.labelledIds.size).toBe(4);
    expect(lanes.laneCount).toBe(4);
  });

  it('never uses more than the bound, whatever comes (1,000 items on top of each other, 3 lanes)', () => {
    const pile = Array.from({ length: 1000 }, (_, i) => item(`i${i}`, i % 50, (i % 50) + 12, (i % 50) + 80));
    const lanes = assignBoundedLanes(pile, 3, null, 8);
    expect(lanes.laneCount).toBe(3);
    expect(lanes.laneById.size + lanes.overflowIds.length).toBe(1000);
  });

  it('puts a pinned item in lane 0 with its label even where it would have overflowed', () => {
    const tight = Array.from({ length: 5 }, (_, i) => item(`t${i}`, i * 4, i * 4 + 12, i * 4 + 60));
    const lanes = assignBoundedLanes(tight, 2, 't4', 8);
    // t4 (16–76) holds lane 0; t0 takes lane 1 and everything else has no room left.
    expect(Object.fromEntries(lanes.laneById)).toEqual({ t4: 0, t0: 1 });
    expect(lanes.labelledIds.has('t4')).toBe(true);
    expect(lanes.overflowIds).toEqual(['t1', 't2', 't3']);
  });
});
