// zod/mini: the same schema language, tree-shaken to a few KB for the first page load.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { findDateIssues } from './findDateIssues';

// zod/mini ships no messages; English ones say what was expected and what came ("expected string, received undefined").
z.config(en());
// Each file is validated once: zod's JIT would compile a parser per object schema for that one pass, which costs
// more than it saves (measured in Node: seed 4 ms jitless vs 5–15 ms, 10,000 events 260–320 ms vs 430–440 ms).
z.config({ jitless: true });

/** The only data-file version this build understands; bump it on any breaking schema change. */
export const DATA_FILE_VERSION = 1;

/** TimeML TIMEX3 types. */
export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexTypeSchema>;

/** What a line of the source is; the article pane styles and orders by it. */
export const ParagraphKindSchema = z.enum(['headline', 'dateline', 'caption', 'body']);
export type ParagraphKind = z.infer<typeof ParagraphKindSchema>;

/** How precise a date really is: drawn at exactly this precision, never finer. */
export const GranularitySchema = z.enum([
  'century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'part-of-day', 'time',
]);
export type Granularity = z.infer<typeof GranularitySchema>;

/** Kinds of event; each has its own colour and shape on the timeline. */
export const CategorySchema = z.enum(['battle', 'military', 'visit', 'political', 'holiday', 'other']);
export type Category = z.infer<typeof CategorySchema>;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'));
const offset = z.int().check(z.nonnegative());
/** YYYY-MM-DD */
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const nonEmpty = () => z.string().check(z.minLength(1));

/** One non-empty line of the source article, verbatim. */
export const ParagraphSchema = z.object({
  id,
  kind: ParagraphKindSchema,
  text: nonEmpty(),
  /** Set when this line repeats an earlier one (a caption printed twice): shown once. */
  repeatOf: z.optional(id),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A span of a paragraph: `text` is exactly `paragraph.text.slice(start, end)`. */
export const SpanSchema = z.object({
  paragraph: id,
  start: offset,
  end: offset,
  text: nonEmpty(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A temporal expression found in the text, normalised TimeML-style. */
export const MentionSchema = z.extend(SpanSchema, {
  id,
  type: TimexTypeSchema,
  /** TimeML value: "2022-09", "2023-04-18", "P2M", "PRESENT_REF", "XXXX-WXX-1" … */
  value: nonEmpty(),
  /** How the value was reached, step by step ("May" + published 2023-04-18 + past tense → 2022-05). */
  trace: z.array(z.string()),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A dated event and the exact words it came from. */
export const EventSchema = z.object({
  id,
  title: nonEmpty(),
  /** TimeML value at its real precision ("2022-09" is a month), or PAST_REF/PRESENT_REF/FUTURE_REF. */
  start: nonEmpty(),
  /** Inclusive end at its own precision; absent for a single point or period. */
  end: z.optional(nonEmpty()),
  granularity: GranularitySchema,
  /** The start (or the whole date) is approximate ("about early August 2022"). */
  approximate: z.boolean(),
  /** The end is approximate: drawn fading out. */
  approximateEnd: z._default(z.boolean(), false),
  /** Still going on at publication: drawn running to the edge with an arrow. */
  ongoing: z._default(z.boolean(), false),
  category: CategorySchema,
  /** The same dates in Extended Date/Time Format (ISO 8601-2). */
  edtf: nonEmpty(),
  sources: z.array(SpanSchema).check(z.minLength(1)),
  /** Ids of the mentions that date this event. */
  mentions: z._default(z.array(id), []),
  /** Why this date: the trace of the mention(s) that dated it. */
  why: z._default(z.array(z.string()), []),
});
export type TimelineEvent = z.infer<typeof EventSchema>;

/** Facts about the article as printed. */
export const ArticleSchema = z.object({
  id,
  title: nonEmpty(),
  /** Publication date: every relative expression resolves against it. */
  published: isoDay,
  /** Time of day as printed ("9:25pm"). */
  time: z.optional(z.string()),
  section: z.optional(z.string()),
  credit: z.optional(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;

const DataFileShape = z.object({
  version: z.literal(DATA_FILE_VERSION, {
    error: (issue) => `unknown version ${JSON.stringify(issue.input)}: this build reads version ${DATA_FILE_VERSION}`,
  }),
  /** Which program wrote the file. */
  generator: z.optional(z.string()),
  article: ArticleSchema,
  paragraphs: z.array(ParagraphSchema).check(z.minLength(1)),
  mentions: z.array(MentionSchema),
  events: z.array(EventSchema),
});

/** The events data file: self-contained, versioned, every span checked against its paragraph. */
export const DataFileSchema = DataFileShape.check(z.superRefine((file, ctx) => {
  const paragraphs = new Map(file.paragraphs.map((p) => [p.id, p]));
  const checkSpan = (span: Span, path: (string | number)[]) => {
    const paragraph = paragraphs.get(span.paragraph);
    if (!paragraph) {
      ctx.addIssue({ code: 'custom', path: [...path, 'paragraph'], message: `no paragraph "${span.paragraph}"` });
      return;
    }
    if (span.end <= span.start || span.end > paragraph.text.length) {
      ctx.addIssue({ code: 'custom', path: [...path, 'end'], message: `span ${span.start}–${span.end} lies outside paragraph "${span.paragraph}"` });
      return;
    }
    const actual = paragraph.text.slice(span.start, span.end);
    if (actual !== span.text) {
      ctx.addIssue({ code: 'custom', path: [...path, 'text'], message: `quote ${JSON.stringify(span.text)} does not match the paragraph text ${JSON.stringify(actual)}` });
    }
  };
  const checkUnique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    ids.forEach((value, index) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [what, index, 'id'], message: `duplicate ${what} id "${value}"` });
      seen.add(value);
    });
  };
  checkUnique(file.paragraphs.map((p) => p.id), 'paragraphs');
  checkUnique(file.mentions.map((m) => m.id), 'mentions');
  checkUnique(file.events.map((e) => e.id), 'events');
  file.paragraphs.forEach((p, i) => {
    if (p.repeatOf && !paragraphs.has(p.repeatOf)) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs', i, 'repeatOf'], message: `no paragraph "${p.repeatOf}"` });
    }
  });
  const mentionIds = new Set(file.mentions.map((m) => m.id));
  file.mentions.forEach((m, i) => checkSpan(m, ['mentions', i]));
  for (const issue of findDateIssues(file)) ctx.addIssue({ code: 'custom', ...issue });
  file.events.forEach((e, i) => {
    e.sources.forEach((s, j) => checkSpan(s, ['events', i, 'sources', j]));
    e.mentions.forEach((m, j) => {
      if (!mentionIds.has(m)) ctx.addIssue({ code: 'custom', path: ['events', i, 'mentions', j], message: `no mention "${m}"` });
    });
  });
}));
export type DataFile = z.infer<typeof DataFileSchema>;
/** A data file before defaults are applied (what writers may omit). */
export type DataFileInput = z.input<typeof DataFileSchema>;
