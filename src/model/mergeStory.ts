import type { TimelineEvent } from './dataFile';
import { toEventSpan } from './eventSpan';
import { computeDice, readContentStems, SIMILAR_TITLE_MIN_DICE } from './titleSimilarity';

/** One article's part of a story: its events with hand edits already applied. */
export interface StoryArticle {
  /** "seed" for the built-in article, else the library id. */
  key: string;
  /** The headline the library shows. */
  name: string;
  /** YYYY-MM-DD: the article's own "now", which its relative dates resolve against. */
  published: string;
  events: readonly TimelineEvent[];
}

/** One article's report of a story event. */
export interface StoryMember {
  articleKey: string;
  /** Position of the article in the story's list (its colour). */
  articleIndex: number;
  /** The event as its article has it (its own id, title, dates and source words). */
  event: TimelineEvent;
}

/** A mark of the story: one event, or one happening reported by several articles. */
export interface StoryEvent {
  /** The mark's event: a story-wide id, dates resolved against its own article's publication day. */
  event: TimelineEvent;
  /** Every article's report, in the story's article order; more than one is a duplicate group. */
  members: StoryMember[];
}

/** The merged story. */
export interface Story {
  events: StoryEvent[];
  /**
   * The publication day all the articles share (the axis marks it), or '' when they differ: one "published" line
   * would be wrong for all but one of them.
   */
  published: string;
}

/** The id of one article's event across the story; `~` cannot occur in either part. */
export const toStoryEventId = (articleKey: string, eventId: string) => `${articleKey}~${eventId}`;

/**
 * The event with the article's relative values made absolute, so events of articles published on different days
 * sit right on one axis: "now" is the article's publication day, and "after publication" runs on from that day.
 */
export function resolveAgainstArticle(event: TimelineEvent, published: string, id: string): TimelineEvent {
  if (event.start === 'FUTURE_REF') {
    const future: TimelineEvent = { ...event, id, start: published, granularity: 'day', ongoing: true };
    delete future.end;
    return future;
  }
  const start = event.start === 'PRESENT_REF' ? published : event.start;
  const end = event.end === 'PRESENT_REF' ? published : event.end;
  return { ...event, id, start, ...(end === undefined ? {} : { end }) };
}

interface Entry {
  index: number;
  articleIndex: number;
  granularity: string;
  startMs: number;
  endMs: number;
  stems: string[];
}

function makeUnionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // The lower index stays the root, so a group is named by its first article's event.
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/**
 * Pairs of events of different articles that report the same happening: dates at the same precision that overlap,
 * and alike titles. A sweep in start order keeps, per (precision, content word), the events still running; only
 * events sharing a word are compared, and the count of shared words falls out of the sweep.
 */
function findDuplicatePairs(entries: readonly Entry[]): [number, number][] {
  const sorted = [...entries].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const running = new Map<string, Entry[]>();
  const pairs: [number, number][] = [];
  for (const entry of sorted) {
    const shared = new Map<Entry, number>();
    for (const stem of entry.stems) {
      const key = `${entry.granularity} ${stem}`;
      let bucket = running.get(key);
      if (!bucket) running.set(key, (bucket = []));
      // Compacted in place: an event that ended before this one starts ends before every later one too.
      let kept = 0;
      for (const other of bucket) {
        if (other.endMs <= entry.startMs) continue;
        bucket[kept++] = other;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      bucket.length = kept;
      bucket.push(entry);
    }
    for (const [other, count] of shared) {
      if (other.articleIndex === entry.articleIndex) continue;
      if (computeDice(count, entry.stems.length, other.stems.length) >= SIMILAR_TITLE_MIN_DICE) pairs.push([other.index, entry.index]);
    }
  }
  return pairs;
}

/** The one day every article was published on, or ''. */
const sharedDayOf = (days: readonly string[]) => (days.length > 0 && days.every((day) => day === days[0]) ? days[0]! : '');

/** Merges the articles' events into one story, one mark per happening that several articles report. */
export function mergeStory(articles: readonly StoryArticle[]): Story {
  const members: StoryMember[] = [];
  const resolved: TimelineEvent[] = [];
  const entries: Entry[] = [];
  articles.forEach((article, articleIndex) => {
    for (const event of article.events) {
      const index = members.length;
      members.push({ articleKey: article.key, articleIndex, event });
      const mark = resolveAgainstArticle(event, article.published, toStoryEventId(article.key, event.id));
      resolved.push(mark);
      const span = toEventSpan(mark, article.published);
      const stems = readContentStems(event.title);
      if (span && stems.length > 0) entries.push({ index, articleIndex, granularity: mark.granularity, startMs: span.startMs, endMs: span.endMs, stems });
    }
  });
  const groups = makeUnionFind(members.length);
  for (const [a, b] of findDuplicatePairs(entries)) groups.union(a, b);
  const byRoot = new Map<number, StoryEvent>();
  members.forEach((member, index) => {
    const root = groups.find(index);
    const group = byRoot.get(root);
    if (group) group.members.push(member);
    else byRoot.set(root, { event: resolved[root]!, members: [member] });
  });
  return { events: [...byRoot.values()], published: sharedDayOf(articles.map((a) => a.published)) };
}
