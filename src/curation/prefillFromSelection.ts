import type { Mention, Span } from '../model/dataFile';
import { formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';

/** What the add form starts with for selected words. */
export interface SelectionPrefill {
  title: string;
  /** The date in words, as the date field reads it; empty when no mention is near. */
  typedDate: string;
  /** The mention the date came from. */
  mentionId: string | null;
}

const MAX_TITLE_CHARS = 80;

/**
 * A title from the selected words and a date from the mention inside the selection, or else the nearest one in the
 * same paragraph ("next to" it), when that mention names a position in time.
 */
export function prefillFromSelection(span: Span, mentions: readonly Mention[], published: string): SelectionPrefill {
  const dated = mentions.filter((m) => m.paragraph === span.paragraph && parseTimeValue(m.value, published));
  const gap = (m: Mention) => (m.end <= span.start ? span.start - m.end : m.start >= span.end ? m.start - span.end : 0);
  const nearest = [...dated].sort((a, b) => gap(a) - gap(b) || a.start - b.start)[0];
  const words = span.text.replace(/\s+/g, ' ').trim();
  const clipped = words.length > MAX_TITLE_CHARS ? `${words.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : words;
  return {
    title: clipped.charAt(0).toUpperCase() + clipped.slice(1),
    typedDate: nearest ? formatTimeValue(nearest.value) : '',
    mentionId: nearest?.id ?? null,
  };
}

/** A fresh id for an added event: "added-1", "added-2"… never one the article already has. */
export function createAddedEventId(taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`added-${n}`)) n++;
  return `added-${n}`;
}
