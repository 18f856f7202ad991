import * as z from 'zod/mini';
import { CategorySchema, type DataFileInput } from '../../model/dataFile';

/** One improvement: which event (by id, or by words of one of its sources) and its better title and/or category. */
export const CurationEntrySchema = z
  .strictObject({
    id: z.optional(z.string().check(z.minLength(1))),
    quote: z.optional(z.string().check(z.minLength(1))),
    title: z.optional(z.string().check(z.minLength(1))),
    category: z.optional(CategorySchema),
  })
  .check(
    z.refine((e) => e.id !== undefined || e.quote !== undefined, { message: 'an entry needs "id" or "quote"' }),
    z.refine((e) => e.title !== undefined || e.category !== undefined, { message: 'an entry changes "title" or "category"' }),
  );

/** A curated file: it can only improve titles and categories of events the extractor found by itself. */
export const CurationSchema = z.strictObject({ events: z.array(CurationEntrySchema) });
export type Curation = z.infer<typeof CurationSchema>;

/** The curated data file and the entries that matched no event (stale curation is reported, never silent). */
export interface CurationResult {
  file: DataFileInput;
  unmatched: string[];
}

/**
 * Applies curated titles and categories to the events they name (by id, or by a quote equal to, else contained in,
 * one of the event's sources). Events are never added, removed or re-dated; ids stay as extracted so links keep working.
 */
export function applyCuration(file: DataFileInput, curation: Curation): CurationResult {
  const unmatched: string[] = [];
  const events = file.events.map((event) => ({ ...event }));
  for (const entry of curation.events) {
    // A quote that is a whole source names that event even when a longer source of another event contains it.
    const target = entry.id !== undefined
      ? events.find((event) => event.id === entry.id)
      : events.find((event) => event.sources.some((s) => s.text === entry.quote)) ??
        events.find((event) => event.sources.some((s) => s.text.includes(entry.quote!)));
    if (!target) {
      unmatched.push(entry.id !== undefined ? `id "${entry.id}"` : `quote ${JSON.stringify(entry.quote)}`);
      continue;
    }
    if (entry.title !== undefined) target.title = entry.title;
    if (entry.category !== undefined) target.category = entry.category;
  }
  return { file: { ...file, events }, unmatched };
}
