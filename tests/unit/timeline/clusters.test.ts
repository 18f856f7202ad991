import { describe, expect, it } from 'vitest';
import { groupIntoClusters, type ClusterMember } from '../../../src/timeline/clusters';
import { describeCluster, formatClusterSpan } from '../../../src/timeline/clusterLabel';

const DAY_MS = 86_400_000;
const MARCH_2001_MS = Date.UTC(2001, 2, 1);
const member = (id: string, xPx: number, fields: Partial<ClusterMember> = {}): ClusterMember => ({
  id, xPx, startMs: MARCH_2001_MS + xPx * DAY_MS, endMs: MARCH_2001_MS + (xPx + 1) * DAY_MS, category: 'battle', kind: 'point', ...fields,
});

describe('groupIntoClusters', () => {
  it('puts events within a pill\'s width of each other in one cluster and starts another past the gap', () => {
    const clusters = groupIntoClusters([member('a', 0), member('b', 10), member('c', 45), member('d', 100)], 40, 6, 96);
    expect(clusters.map((c) => c.ids)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(clusters.map((c) => [c.x0Px, c.x1Px])).toEqual([[0, 45], [100, 100]]);
    expect(clusters[0]!.key).toBe('a…c');
  });

  it('splits a dense run into clusters no wider than the maximum: 300 events 1 px apart make 4', () => {
    const run = Array.from({ length: 300 }, (_, i) => member(`e${i}`, i));
    const clusters = groupIntoClusters(run, 40, 6, 96);
    expect(clusters.map((c) => c.ids.length)).toEqual([97, 97, 97, 9]);
  });

  it('counts categories in order of appearance and kinds of mark', () => {
    const [cluster] = groupIntoClusters([
      member('a', 0, { category: 'visit' }), member('b', 1, { category: 'battle', kind: 'bar' }), member('c', 2, { category: 'visit', kind: 'band' }),
    ]);
    expect(cluster!.categoryCounts).toEqual([['visit', 2], ['battle', 1]]);
    expect(cluster!.kindCounts).toEqual({ point: 1, band: 1, bar: 1 });
    expect(describeCluster(cluster!)).toBe('3 events, 1 Mar 2001 – 3 Mar 2001: 2 visit, 1 battle; 1 day, 1 period, 1 range. Press to see each one.');
  });

  it('makes no clusters of nothing', () => {
    expect(groupIntoClusters([])).toEqual([]);
  });
});

describe('formatClusterSpan', () => {
  it('names days for spans under two months and months beyond', () => {
    expect(formatClusterSpan(Date.UTC(2001, 2, 3), Date.UTC(2001, 2, 10))).toBe('3 Mar 2001 – 9 Mar 2001');
    expect(formatClusterSpan(Date.UTC(2001, 2, 1), Date.UTC(2003, 5, 1))).toBe('Mar 2001 – May 2003');
    expect(formatClusterSpan(Date.UTC(2001, 2, 3), Date.UTC(2001, 2, 4))).toBe('3 Mar 2001');
  });
});
