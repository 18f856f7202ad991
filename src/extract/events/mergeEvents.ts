import { formatTimeValue } from '../../model/timeLabel';
import type { EventDraft } from './types';

const timeKey = (d: EventDraft) => `${d.start}|${d.end ?? ''}|${d.ongoing}`;
const datesKey = (d: EventDraft) => `${timeKey(d)}|${d.plannedNoun ? 'plan' : d.whenClause ? 'when' : 'story'}`;
const titleKey = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

/** Folds drafts into one, keeping each source, mention and reason once; linear however many are folded. */
class Absorber {
  private readonly seen = new WeakMap<EventDraft, { sources: Set<string>; mentions: Set<string>; why: Set<string> }>();

  private setsOf(draft: EventDraft) {
    let sets = this.seen.get(draft);
    if (!sets) {
      sets = {
        sources: new Set(draft.sources.map((s) => `${s.paragraph}:${s.start}:${s.end}`)),
        mentions: new Set(draft.mentions),
        why: new Set(draft.why),
      };
      this.seen.set(draft, sets);
    }
    return sets;
  }

  absorb(into: EventDraft, other: EventDraft): void {
    const sets = this.setsOf(into);
    for (const source of other.sources) {
      const key = `${source.paragraph}:${source.start}:${source.end}`;
      if (sets.sources.has(key)) continue;
      sets.sources.add(key);
      // Words already quoted within a longer source add nothing; a longer source takes the place of one it holds.
      const within = (a: typeof source, b: typeof source) => a.paragraph === b.paragraph && b.start <= a.start && a.end <= b.end;
      if (into.sources.some((held) => within(source, held))) continue;
      const held = into.sources.findIndex((h) => within(h, source));
      if (held >= 0) into.sources[held] = source;
      else into.sources.push(source);
    }
    for (const id of other.mentions) {
      if (sets.mentions.has(id)) continue;
      sets.mentions.add(id);
      into.mentions.push(id);
    }
    for (const step of other.why) {
      if (sets.why.has(step)) continue;
      sets.why.add(step);
      into.why.push(step);
    }
  }
}

const copy = (d: EventDraft): EventDraft => ({ ...d, sources: [...d.sources], mentions: [...d.mentions], why: [...d.why] });

/**
 * Merges the drafts of one sentence that carry the same dates (one event per date per sentence), and a clause dated
 * twice at two precisions ("ended eight months later, on 8 May 1945": a month and a day in it) into one event at
 * the finer date.
 */
export function mergeSameSentence(drafts: readonly EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  const byDates = new Map<string, EventDraft>();
  const byTitle = new Map<string, EventDraft>();
  const absorber = new Absorber();
  for (const draft of drafts) {
    const sameTitle = byTitle.get(titleKey(draft.title));
    const finer = sameTitle && !sameTitle.end && !draft.end && !sameTitle.plannedNoun === !draft.plannedNoun && sameTitle.start !== draft.start
      && (sameTitle.start.startsWith(draft.start) || draft.start.startsWith(sameTitle.start)) ? sameTitle : undefined;
    const twin = byDates.get(datesKey(draft)) ?? finer;
    if (!twin) {
      const own = copy(draft);
      merged.push(own);
      byDates.set(datesKey(own), own);
      byTitle.set(titleKey(own.title), own);
      continue;
    }
    // The finer date leads; the coarser one's words and reasons join it.
    if (draft.start.length > twin.start.length) {
      const coarser = copy(twin);
      Object.assign(twin, copy(draft));
      byDates.set(datesKey(twin), twin);
      absorber.absorb(twin, coarser);
    } else {
      absorber.absorb(twin, draft);
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
  const absorber = new Absorber();
  for (const draft of drafts) {
    const twin = draft.plannedNoun ? firstByNoun.get(draft.plannedNoun) : undefined;
    if (twin && datesKey(twin) === datesKey(draft)) {
      absorber.absorb(twin, draft);
      continue;
    }
    if (draft.plannedNoun && !twin) firstByNoun.set(draft.plannedNoun, draft);
    merged.push(draft);
  }
  return merged;
}

/**
 * No two events share a title: a repeat with the same dates is the same event told again (merged); one with other
 * dates gets its date in words, as the timeline writes it ("Fed raises rates (May 2024)").
 */
export function distinctTitles(drafts: readonly EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  const byTitle = new Map<string, EventDraft>();
  const absorber = new Absorber();
  for (const draft of drafts) {
    const twin = byTitle.get(titleKey(draft.title));
    // One title at one time is one happening, however it was found (a "when" clause and the clause it describes).
    if (twin && timeKey(twin) === timeKey(draft)) {
      absorber.absorb(twin, draft);
      continue;
    }
    let title = draft.title;
    if (twin) {
      const when = draft.end ? `${formatTimeValue(draft.start)} to ${formatTimeValue(draft.end)}` : formatTimeValue(draft.start);
      title = `${draft.title} (${when})`;
      if (byTitle.has(titleKey(title))) {
        absorber.absorb(byTitle.get(titleKey(title))!, draft);
        continue;
      }
    }
    const own = { ...draft, title };
    byTitle.set(titleKey(title), own);
    out.push(own);
  }
  return out;
}
