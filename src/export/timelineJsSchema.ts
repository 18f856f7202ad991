// TimelineJS3's JSON format as documented at https://timeline.knightlab.com/docs/json-format.html: an object with
// `events` (slides), an optional `title` slide, optional `eras` and `scale`. Dates are objects whose `year` is
// required; the spreadsheet route writes numbers as strings, so both are read.
import * as z from 'zod/mini';

const number = z.union([z.number(), z.string().check(z.regex(/^-?\d+$/, 'expected a whole number'))]);

/** A TimelineJS date: a year, optionally down to the millisecond, with an optional display text. */
export const TimelineJsDateSchema = z.object({
  year: number,
  month: z.optional(number),
  day: z.optional(number),
  hour: z.optional(number),
  minute: z.optional(number),
  second: z.optional(number),
  millisecond: z.optional(number),
  display_date: z.optional(z.string()),
  format: z.optional(z.string()),
});
export type TimelineJsDate = z.infer<typeof TimelineJsDateSchema>;

/** Headline and HTML text of a slide. */
export const TimelineJsTextSchema = z.object({ headline: z.optional(z.string()), text: z.optional(z.string()) });

const MediaSchema = z.object({
  url: z.string(),
  caption: z.optional(z.string()),
  credit: z.optional(z.string()),
  thumbnail: z.optional(z.string()),
  alt: z.optional(z.string()),
  title: z.optional(z.string()),
  link: z.optional(z.string()),
  link_target: z.optional(z.string()),
});

const slideFields = {
  end_date: z.optional(TimelineJsDateSchema),
  text: z.optional(TimelineJsTextSchema),
  media: z.optional(MediaSchema),
  group: z.optional(z.string()),
  display_date: z.optional(z.string()),
  background: z.optional(z.object({ url: z.optional(z.string()), alt: z.optional(z.string()), color: z.optional(z.string()) })),
  autolink: z.optional(z.boolean()),
  unique_id: z.optional(z.string()),
};

/** An event slide: `start_date` is required. */
export const TimelineJsSlideSchema = z.object({ start_date: TimelineJsDateSchema, ...slideFields });
export type TimelineJsSlide = z.infer<typeof TimelineJsSlideSchema>;

/** The title slide: no date needed. */
export const TimelineJsTitleSchema = z.object({ start_date: z.optional(TimelineJsDateSchema), ...slideFields });

/** A whole TimelineJS3 timeline. */
export const TimelineJsSchema = z.object({
  title: z.optional(TimelineJsTitleSchema),
  events: z.array(TimelineJsSlideSchema),
  eras: z.optional(z.array(z.object({ start_date: TimelineJsDateSchema, end_date: TimelineJsDateSchema, text: z.optional(TimelineJsTextSchema) }))),
  scale: z.optional(z.enum(['human', 'cosmological'])),
});
export type TimelineJs = z.infer<typeof TimelineJsSchema>;
