import type { Draft, Refiner } from '../types.ts';

/**
 * Keeps one draft per stretch of text: the longest, then the higher priority, then the earlier parser. An occupancy
 * map of the text keeps this linear in the total span length (a 5 MB paste has hundreds of thousands of drafts).
 */
function refine(drafts: Draft[], text: string): Draft[] {
  const ranked = drafts
    .map((d, order) => ({ d, order }))
    .sort((a, b) => (b.d.end - b.d.start) - (a.d.end - a.d.start) || (b.d.priority ?? 0) - (a.d.priority ?? 0) || a.order - b.order);
  const taken = new Uint8Array(text.length + 1);
  const kept: Draft[] = [];
  for (const { d } of ranked) {
    if (d.end <= d.start || d.start < 0 || d.end > text.length) continue;
    let free = true;
    for (let i = d.start; i < d.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Leaves non-overlapping drafts, longest first. */
export const selectLongestRefiner: Refiner = { name: 'selectLongest', refine };
