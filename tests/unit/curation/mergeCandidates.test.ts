import { describe, expect, it } from 'vitest';
import { findMergeCandidates, sortForMerging } from '../../../src/curation/mergeCandidates';
import type { TimelineEvent } from '../../../src/model/dataFile';

/** `count` events a day apart through 2020 (e0 on 1 January), titled "Vote on item N". */
function dailyEvents(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return { id: `e${i}`, title: `Vote on item ${i}`, start: day } as TimelineEvent;
  });
}
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('findMergeCandidates (the events the merge list offers)', () => {
  it('offers every other event of a short story, in time order', () => {
    const events = dailyEvents(5).reverse();
    const sorted = sortForMerging(events);
    expect(ids(findMergeCandidates(sorted, events[2]!, ''))).toEqual(['e0', 'e1', 'e3', 'e4']);
  });

  it('offers the 40 events nearest in time to the selected one in a long story', () => {
    const sorted = sortForMerging(dailyEvents(10_000));
    const offered = findMergeCandidates(sorted, sorted[5_000]!, '');
    expect(offered).toHaveLength(40);
    expect(ids(offered)[0]).toBe('e4980');
    expect(ids(offered).at(-1)).toBe('e5020');
    expect(ids(offered)).not.toContain('e5000');
  });

  it('keeps the window inside the story at its first and last events', () => {
    const sorted = sortForMerging(dailyEvents(100));
    expect(ids(findMergeCandidates(sorted, sorted[0]!, ''))).toEqual(Array.from({ length: 40 }, (_, i) => `e${i + 1}`));
    expect(ids(findMergeCandidates(sorted, sorted[99]!, '')).at(0)).toBe('e59');
  });

  it('finds events anywhere in the story by words of their title or the start of their date, case ignored', () => {
    const sorted = sortForMerging(dailyEvents(10_000));
    expect(ids(findMergeCandidates(sorted, sorted[0]!, 'ITEM 9999'))).toEqual(['e9999']);
    expect(ids(findMergeCandidates(sorted, sorted[0]!, '2020-02-0'))).toEqual(['e31', 'e32', 'e33', 'e34', 'e35', 'e36', 'e37', 'e38', 'e39']);
  });

  it('offers at most 40 matches for a search that matches many, and none of them the selected event', () => {
    const sorted = sortForMerging(dailyEvents(10_000));
    const offered = findMergeCandidates(sorted, sorted[1]!, 'vote');
    expect(offered).toHaveLength(40);
    expect(ids(offered)).not.toContain('e1');
  });
});
