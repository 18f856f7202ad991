// The curation layer: what a person changed by hand over the extractor's output, kept apart from it so a
// re-extraction can be replayed under it. zod (full) is fine here: this module is loaded with the editor, not first.
import * as z from 'zod/mini';
import { CategorySchema, EventSchema, GranularitySchema, SpanSchema } from './dataFile';

import { CURATION_VERSION } from './curationVersion';

export { CURATION_VERSION, createEmptyLayer } from './curationVersion';

/** An event's dates as one value: what the date field produces and what a date edit stores. */
export const EventDateSchema = z.object({
  start: z.string().check(z.minLength(1)),
  end: z.optional(z.string().check(z.minLength(1))),
  granularity: GranularitySchema,
  approximate: z.boolean(),
  approximateEnd: z.boolean(),
  ongoing: z.boolean(),
  edtf: z.string().check(z.minLength(1)),
});
export type EventDate = z.infer<typeof EventDateSchema>;

/**
 * Hand edits of one extracted event. `quote` is the event's first extracted source: it finds the event again when a
 * re-extraction renumbers ids. A field left out keeps the extracted value.
 */
export const EventEditSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  quote: z.optional(z.string().check(z.minLength(1))),
  title: z.optional(z.string().check(z.minLength(1))),
  category: z.optional(CategorySchema),
  date: z.optional(EventDateSchema),
  sources: z.optional(z.array(SpanSchema).check(z.minLength(1))),
  deleted: z.optional(z.boolean()),
  /** Merged into this other event: hidden, its sources added to that one's. */
  mergedInto: z.optional(z.string().check(z.minLength(1))),
});
export type EventEdit = z.infer<typeof EventEditSchema>;

/** Every hand edit of one article, versioned. */
export const CurationLayerSchema = z.strictObject({
  version: z.literal(CURATION_VERSION),
  /** The article id the edits belong to. */
  article: z.string().check(z.minLength(1)),
  /** Edits of extracted events, one entry per event. */
  events: z.array(EventEditSchema),
  /** Events added by hand from a selection, complete with their sources. */
  added: z.array(EventSchema),
});
export type CurationLayer = z.infer<typeof CurationLayerSchema>;

const HistoryStepSchema = z.object({ layer: CurationLayerSchema, label: z.string() });

/** The undo/redo history as stored per article (checked on load: a damaged record must not break the page). */
export const CurationHistorySchema = z.object({
  past: z.array(HistoryStepSchema),
  present: CurationLayerSchema,
  future: z.array(HistoryStepSchema),
});

/** Version 1, as in `data/seed.curation.json`: titles and categories of events named by id or by words of a source. */
export const CurationV1Schema = z.strictObject({
  events: z.array(z.strictObject({
    id: z.optional(z.string().check(z.minLength(1))),
    quote: z.optional(z.string().check(z.minLength(1))),
    title: z.optional(z.string().check(z.minLength(1))),
    category: z.optional(CategorySchema),
  })),
});
