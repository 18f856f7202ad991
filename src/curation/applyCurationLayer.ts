import { DataFileSchema, type DataFile, type Span, type TimelineEvent } from '../model/dataFile';
import type { CurationLayer, EventEdit } from '../model/curation';
import { findEditTarget } from './findEditTarget';

/** An edit that no longer applies to the article as extracted now, with why. */
export interface StaleEdit {
  /** The event id the edit was made on. */
  eventId: string;
  /** What the edit was, in words ("title “Battle of Bakhmut”"). */
  description: string;
  reason: string;
}

/** The curated article and what the editor needs to show about it. */
export interface CuratedFile {
  file: DataFile;
  /** Extracted events as they were before hand edits, by (curated) event id: the values shown as "extracted". */
  extractedById: ReadonlyMap<string, TimelineEvent>;
  /** Ids of events added by hand. */
  addedIds: ReadonlySet<string>;
  stale: StaleEdit[];
}

function describeEdit(edit: EventEdit): string {
  const parts: string[] = [];
  if (edit.title !== undefined) parts.push(`title “${edit.title}”`);
  if (edit.category !== undefined) parts.push(`category ${edit.category}`);
  if (edit.date !== undefined) parts.push(`date ${edit.date.edtf}`);
  if (edit.sources !== undefined) parts.push(`source “${edit.sources.map((s) => s.text).join(' … ')}”`);
  if (edit.deleted) parts.push('deletion');
  if (edit.mergedInto !== undefined) parts.push(`merge into ${edit.mergedInto}`);
  return `${parts.join(', ')} of event ${edit.id}${edit.quote ? ` (“${edit.quote}”)` : ''}`;
}

function spansFit(spans: readonly Span[], paragraphs: DataFile['paragraphs']): boolean {
  const texts = new Map(paragraphs.map((p) => [p.id, p.text]));
  return spans.every((s) => texts.get(s.paragraph)?.slice(s.start, s.end) === s.text);
}

function applyEdit(event: TimelineEvent, edit: EventEdit, knownMentions: ReadonlySet<string>): TimelineEvent {
  const next: TimelineEvent = { ...event };
  if (edit.title !== undefined) next.title = edit.title;
  if (edit.category !== undefined) next.category = edit.category;
  if (edit.sources !== undefined) next.sources = edit.sources;
  if (edit.date !== undefined) {
    const { end, ...date } = edit.date;
    delete next.end;
    Object.assign(next, date, end === undefined ? {} : { end });
    next.why = [`date set by hand (extracted: ${event.edtf})`];
  }
  next.mentions = next.mentions.filter((m) => knownMentions.has(m));
  return next;
}

/**
 * The extractor's output with the hand edits laid over it. Edits whose words or paragraphs are gone are left out and
 * listed in `stale` (never silently dropped); the rest apply even after a re-extraction renumbered the events.
 */
export function applyCurationLayer(extracted: DataFile, layer: CurationLayer): CuratedFile {
  // No edits: the very same file, so nothing downstream sees a change.
  if (layer.events.length === 0 && layer.added.length === 0) {
    return { file: extracted, extractedById: new Map(), addedIds: new Set(), stale: [] };
  }
  const stale: StaleEdit[] = [];
  const knownMentions = new Set(extracted.mentions.map((m) => m.id));
  const editsByTarget = new Map<string, EventEdit>();
  for (const edit of layer.events) {
    const target = findEditTarget(extracted.events, edit);
    if (!target) {
      stale.push({ eventId: edit.id, description: describeEdit(edit), reason: 'its event is no longer found in the article' });
    } else if (edit.sources && !spansFit(edit.sources, extracted.paragraphs)) {
      stale.push({ eventId: edit.id, description: describeEdit(edit), reason: 'its source words are no longer in the paragraph' });
    } else {
      editsByTarget.set(target.id, edit);
    }
  }
  const extractedById = new Map<string, TimelineEvent>();
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  for (const event of extracted.events) {
    const edit = editsByTarget.get(event.id);
    ids.add(event.id);
    if (!edit) {
      events.push(event);
      continue;
    }
    extractedById.set(event.id, event);
    if (edit.deleted || edit.mergedInto !== undefined) continue;
    events.push(applyEdit(event, edit, knownMentions));
  }
  const addedIds = new Set<string>();
  for (const added of layer.added) {
    if (ids.has(added.id) || !spansFit(added.sources, extracted.paragraphs)) {
      stale.push({
        eventId: added.id,
        description: `added event “${added.title}”`,
        reason: ids.has(added.id) ? 'the article now has an event with its id' : 'its source words are no longer in the paragraph',
      });
      continue;
    }
    addedIds.add(added.id);
    events.push({ ...added, mentions: added.mentions.filter((m) => knownMentions.has(m)) });
  }
  // Parsing again guards the invariants (every quote matches its paragraph) for everything downstream.
  const file = DataFileSchema.parse({ ...extracted, events });
  return { file, extractedById, addedIds, stale };
}
