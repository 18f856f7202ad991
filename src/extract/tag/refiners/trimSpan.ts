import type { Draft, Refiner } from '../types.ts';

/** Patterns may take a leading or trailing space (" ?" joins); spans must start and end on text. */
function refine(drafts: Draft[], text: string): Draft[] {
  return drafts.map((d) => {
    let { start, end } = d;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    return start === d.start && end === d.end ? d : { ...d, start, end };
  });
}

/** Trims whitespace off span ends. */
export const trimSpanRefiner: Refiner = { name: 'trimSpan', refine };
