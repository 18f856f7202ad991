import * as z from 'zod/mini';
// The data-file model sets zod's English messages; a damaged record is reported in the same words.
import '../model/dataFile';

/** The record layout this build writes; a record with another version is migrated or reported, never dropped. */
export const LIBRARY_SCHEMA_VERSION = 1;

/** What the library list shows of one saved article (the `articles` store). */
export const ArticleSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  /** Bumped by every write; a write naming an older revision is refused (two tabs). */
  revision: z.int().check(z.positive()),
  headline: z.string().check(z.minLength(1)),
  /** YYYY-MM-DD */
  published: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')),
  source: z.optional(z.string()),
  eventCount: z.int().check(z.nonnegative()),
  /** Epoch milliseconds. */
  addedAt: z.number(),
  updatedAt: z.number(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** The heavy part of a saved article (the `contents` store), read only when it is opened. */
export const ArticleContentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The text the extractor read, so the article can be re-extracted after an extractor update. */
  text: z.string().check(z.minLength(1)),
  /** The data file exactly as the extractor wrote it. */
  dataJson: z.string().check(z.minLength(1)),
});
export type ArticleContent = z.infer<typeof ArticleContentSchema>;

/** A saved article whole: what the list shows, its source text and its data file. */
export type LibraryArticle = ArticleSummary & Omit<ArticleContent, 'id'>;

/** A record this build cannot read, reported by name so the reader can delete it. */
export interface UnreadableArticle {
  id: string;
  /** The headline when the record still has one, else its id. */
  name: string;
  reason: string;
}

/** The fields a new article is saved with; the store sets id, revision and times. */
export type NewArticle = Pick<LibraryArticle, 'headline' | 'published' | 'eventCount' | 'text' | 'dataJson'> & { source?: string };

/** What a later write may change: the headline (rename) or the extraction (re-extract). */
export type ArticleChange = Partial<Pick<LibraryArticle, 'headline' | 'published' | 'source' | 'eventCount' | 'text' | 'dataJson'>>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The name a broken record is reported by: its headline if it still has a readable one. */
function nameOf(raw: unknown, id: string): string {
  return isRecord(raw) && typeof raw.headline === 'string' && raw.headline.trim() ? raw.headline : id;
}

/**
 * Reads one stored summary: valid → the summary; another schema version or a broken shape → an
 * UnreadableArticle saying why. Migrations from older versions go here, ordered by version, when one exists.
 */
export function readSummary(raw: unknown, key: string): { summary: ArticleSummary } | { unreadable: UnreadableArticle } {
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : key;
  const version = isRecord(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version !== LIBRARY_SCHEMA_VERSION) {
    const when = version > LIBRARY_SCHEMA_VERSION ? 'a newer' : 'an older';
    return { unreadable: { id, name: nameOf(raw, id), reason: `saved by ${when} version of Dateline (record version ${version}; this one reads ${LIBRARY_SCHEMA_VERSION})` } };
  }
  const parsed = ArticleSummarySchema.safeParse(raw);
  if (parsed.success) return { summary: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'the record';
  return { unreadable: { id, name: nameOf(raw, id), reason: `the saved record is damaged (${where}: ${issue?.message ?? 'unreadable'})` } };
}

/** Reads one stored content record, or says why it cannot be used. */
export function readContent(raw: unknown): ArticleContent | string {
  if (raw === undefined) return 'its text and data file are missing';
  const parsed = ArticleContentSchema.safeParse(raw);
  return parsed.success ? parsed.data : 'its text or data file is damaged';
}

/** Newest first; equal times by id so the order never flickers between reads. */
export const byNewestFirst = (a: ArticleSummary, b: ArticleSummary) => b.addedAt - a.addedAt || a.id.localeCompare(b.id);
