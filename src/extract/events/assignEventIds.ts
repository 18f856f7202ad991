import { slugify } from '../segment/slugify';

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'to', 'for', 'and', 'on', 'at', 'by', 'with', 'its', 'his', 'her', 'their', 's']);
const MAX_ID_WORDS = 5;

/** A short readable id from a title: its first meaningful words ("Russian troops capture Mariupol" → "russian-troops-capture-mariupol"). */
export function slugFromTitle(title: string): string {
  const words = slugify(title, 'event').split('-').filter((w) => !STOP_WORDS.has(w));
  return words.slice(0, MAX_ID_WORDS).join('-') || 'event';
}

/** Ids for a list of titles, unique in order of appearance (a repeat gets "-2", "-3" …). */
export function assignEventIds(titles: readonly string[]): string[] {
  const used = new Set<string>();
  // Where to go on counting for each base, so that thousands of equal titles stay linear.
  const nextSuffix = new Map<string, number>();
  return titles.map((title) => {
    const base = slugFromTitle(title);
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    used.add(id);
    return id;
  });
}
