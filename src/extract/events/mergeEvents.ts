import type { EventDraft } from './types';

const sameDates = (a: EventDraft, b: EventDraft) => a.start === b.start && a.end === b.end && a.ongoing === b.ongoing;
const unique = <T>(items: T[]) => [...new Set(items)];

function absorb(into: EventDraft, other: EventDraft): void {
  for (const source of other.sources) {
    if (!into.sources.some((s) => s.paragraph === source.paragraph && s.start === source.start && s.end === source.end)) {
      into.sources.push(source);
    }
  }
  into.mentions = unique([...into.mentions, ...other.mentions]);
  into.why = unique([...into.why, ...other.why]);
}

/** "ended eight months later, on 8 May 1945": one clause dated twice, once as a month and once as a day in it. */
const isFinerDateOfSameClause = (a: EventDraft, b: EventDraft) =>
  !a.end && !b.end && a.title === b.title && a.start !== b.start && (a.start.startsWith(b.start) || b.start.startsWith(a.start));

/**
 * Merges the drafts of one sentence that carry the same dates (one event per date per sentence), and a clause dated
 * twice at two precisions into one event at the finer date.
 */
export function mergeSameSentence(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const twin = merged.find((m) => (sameDates(m, draft) || isFinerDateOfSameClause(m, draft)) && !m.plannedNoun === !draft.plannedNoun);
    if (!twin) {
      merged.push({ ...draft, sources: [...draft.sources], mentions: [...draft.mentions], why: [...draft.why] });
      continue;
    }
    // The finer date leads; the coarser one's words and reasons join it.
    if (draft.start.length > twin.start.length) {
      const coarser = { ...twin };
      Object.assign(twin, { ...draft, sources: [...draft.sources], mentions: [...draft.mentions], why: [...draft.why] });
      absorb(twin, coarser);
    } else {
      absorb(twin, draft);
    }
  }
  return merged;
}

/**
 * Merges planned events named by the same noun across the article ("is preparing for a new counteroffensive" …
 * "while Kyiv prepares a counteroffensive"): an undated plan mentioned twice is one coming event. The first
 * mention keeps its title.
 */
export function mergePlanned(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  const firstByNoun = new Map<string, EventDraft>();
  for (const draft of drafts) {
    const twin = draft.plannedNoun ? firstByNoun.get(draft.plannedNoun) : undefined;
    if (twin && sameDates(twin, draft)) {
      absorb(twin, draft);
      continue;
    }
    if (draft.plannedNoun && !twin) firstByNoun.set(draft.plannedNoun, draft);
    merged.push(draft);
  }
  return merged;
}
