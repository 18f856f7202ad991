import type { Category, DataFile, Span, TimelineEvent } from '../model/dataFile';
import type { CurationLayer, EventDate, EventEdit } from '../model/curation';
import { applyCurationLayer } from './applyCurationLayer';
import { findEditTarget } from './findEditTarget';

/** One change a person makes by hand; each is one undo step. */
export type CurationAction =
  | { type: 'set-title'; eventId: string; title: string }
  | { type: 'set-category'; eventId: string; category: Category }
  | { type: 'set-date'; eventId: string; date: EventDate }
  | { type: 'set-sources'; eventId: string; sources: Span[] }
  /** Several fields saved from the card at once: one undo step. */
  | { type: 'edit-fields'; eventId: string; title?: string; category?: Category; date?: EventDate }
  | { type: 'delete'; eventId: string }
  | { type: 'merge'; keepId: string; mergeId: string }
  | { type: 'add'; event: TimelineEvent }
  | { type: 'reset-event'; eventId: string }
  | { type: 'reset-all' }
  /** Forgets edits that no longer apply (listed after a re-extraction). */
  | { type: 'discard-edits'; eventIds: string[] };

/** The edit belongs to this extracted event (by id, or by its quote after a re-extraction renumbered the events). */
const editsEvent = (edit: EventEdit, eventId: string, extracted: DataFile) => findEditTarget(extracted.events, edit)?.id === eventId;

type FieldChanges = Pick<EventEdit, 'title' | 'category' | 'date' | 'sources' | 'deleted' | 'mergedInto'>;

const sameSources = (a: readonly Span[], b: readonly Span[]) =>
  a.length === b.length && a.every((s, i) => s.paragraph === b[i]!.paragraph && s.start === b[i]!.start && s.end === b[i]!.end);

function dateOf(event: TimelineEvent): EventDate {
  const { start, end, granularity, approximate, approximateEnd, ongoing, edtf } = event;
  return { start, ...(end === undefined ? {} : { end }), granularity, approximate, approximateEnd, ongoing, edtf };
}

const sameDate = (a: EventDate, b: EventDate) => JSON.stringify(dateOf(a as TimelineEvent)) === JSON.stringify(dateOf(b as TimelineEvent));

/** Drops fields equal to the extracted value, so an edit undone by hand reads as not edited. */
function normaliseEdit(edit: EventEdit, extracted: TimelineEvent): EventEdit | null {
  const next: EventEdit = { ...edit };
  if (next.title === extracted.title) delete next.title;
  if (next.category === extracted.category) delete next.category;
  if (next.date && sameDate(next.date, dateOf(extracted))) delete next.date;
  if (next.sources && sameSources(next.sources, extracted.sources)) delete next.sources;
  if (!next.deleted) delete next.deleted;
  const changes: (keyof FieldChanges)[] = ['title', 'category', 'date', 'sources', 'deleted', 'mergedInto'];
  return changes.some((key) => next[key] !== undefined) ? next : null;
}

function changeEvent(layer: CurationLayer, extracted: DataFile, eventId: string, changes: FieldChanges): CurationLayer {
  const addedIndex = layer.added.findIndex((e) => e.id === eventId);
  if (addedIndex >= 0) {
    if (changes.deleted || changes.mergedInto !== undefined) return { ...layer, added: layer.added.filter((e) => e.id !== eventId) };
    const { date, ...rest } = changes;
    const current = layer.added[addedIndex]!;
    const updated: TimelineEvent = { ...current, ...rest, ...(date ? dateOf(date as TimelineEvent) : {}) };
    if (date && date.end === undefined) delete updated.end;
    return { ...layer, added: layer.added.map((e, i) => (i === addedIndex ? updated : e)) };
  }
  const extractedEvent = extracted.events.find((e) => e.id === eventId);
  if (!extractedEvent) return layer;
  const existing = layer.events.find((e) => editsEvent(e, eventId, extracted));
  // A found edit takes the event's current id: after a re-extraction renumbered it, the next edit joins the old one.
  const base = existing ? { ...existing, id: eventId } : { id: eventId, quote: extractedEvent.sources[0]!.text };
  const edit = normaliseEdit({ ...base, ...changes }, extractedEvent);
  const others = layer.events.filter((e) => e !== existing);
  return { ...layer, events: edit ? [...others, edit] : others };
}

/**
 * The layer after one hand change. Pure: `extracted` is the extractor's output the layer sits on, used to tell an
 * edit from the extracted value and to combine sources when merging.
 */
export function applyCurationAction(layer: CurationLayer, action: CurationAction, extracted: DataFile): CurationLayer {
  switch (action.type) {
    case 'set-title': return changeEvent(layer, extracted, action.eventId, { title: action.title.trim() });
    case 'set-category': return changeEvent(layer, extracted, action.eventId, { category: action.category });
    case 'set-date': return changeEvent(layer, extracted, action.eventId, { date: action.date });
    case 'set-sources': return changeEvent(layer, extracted, action.eventId, { sources: action.sources });
    case 'edit-fields': {
      const { eventId, title, category, date } = action;
      return changeEvent(layer, extracted, eventId, {
        ...(title === undefined ? {} : { title: title.trim() }),
        ...(category === undefined ? {} : { category }),
        ...(date === undefined ? {} : { date }),
      });
    }
    case 'delete': return changeEvent(layer, extracted, action.eventId, { deleted: true });
    case 'merge': {
      const { file } = applyCurationLayer(extracted, layer);
      const keep = file.events.find((e) => e.id === action.keepId);
      const merged = file.events.find((e) => e.id === action.mergeId);
      if (!keep || !merged || keep === merged) return layer;
      const sources = [...keep.sources];
      for (const source of merged.sources) if (!sources.some((s) => sameSources([s], [source]))) sources.push(source);
      const withSources = changeEvent(layer, extracted, keep.id, { sources });
      return changeEvent(withSources, extracted, merged.id, { mergedInto: keep.id });
    }
    case 'add': return { ...layer, added: [...layer.added, action.event] };
    // Resetting the event a merge kept also brings back the events merged into it: their sources left with the merge.
    case 'reset-event': return {
      ...layer,
      events: layer.events.filter((e) => !editsEvent(e, action.eventId, extracted) && e.mergedInto !== action.eventId),
    };
    case 'reset-all': return { ...layer, events: [], added: [] };
    case 'discard-edits': {
      const ids = new Set(action.eventIds);
      return { ...layer, events: layer.events.filter((e) => !ids.has(e.id)), added: layer.added.filter((e) => !ids.has(e.id)) };
    }
  }
}

/** An action in words, for the undo and redo buttons ("Undo rename of “Battle of Bakhmut”"). */
export function describeCurationAction(action: CurationAction, titleOf: (eventId: string) => string): string {
  switch (action.type) {
    case 'set-title': return `rename to “${action.title.trim()}”`;
    case 'set-category': return `category of “${titleOf(action.eventId)}”`;
    case 'set-date': return `date of “${titleOf(action.eventId)}”`;
    case 'set-sources': return `source of “${titleOf(action.eventId)}”`;
    case 'edit-fields': return `edit “${titleOf(action.eventId)}”`;
    case 'delete': return `delete “${titleOf(action.eventId)}”`;
    case 'merge': return `merge “${titleOf(action.mergeId)}” into “${titleOf(action.keepId)}”`;
    case 'add': return `add “${action.event.title}”`;
    case 'reset-event': return `reset “${titleOf(action.eventId)}”`;
    case 'reset-all': return 'reset the article';
    case 'discard-edits': return action.eventIds.length === 1 ? 'forget an edit that no longer applies' : `forget ${action.eventIds.length} edits that no longer apply`;
  }
}
