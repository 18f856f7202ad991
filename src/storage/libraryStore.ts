import type { ArticleChange, ArticleSummary, LibraryArticle, NewArticle, UnreadableArticle } from './libraryRecord';

/** The library as the list shows it: readable articles newest first, and the records that could not be read. */
export interface LibraryListing {
  articles: ArticleSummary[];
  unreadable: UnreadableArticle[];
}

/** Every readable article whole (text and data file), for views that merge articles; plus the unreadable ones. */
export interface LibraryContents {
  articles: LibraryArticle[];
  unreadable: UnreadableArticle[];
}

/**
 * The reader's saved articles. Every write announces itself to the other tabs and is checked against the
 * record's revision, so a tab holding an older copy cannot overwrite a newer one. Failures are StorageErrors.
 */
export interface LibraryStore {
  /** False when the browser refused IndexedDB: articles live only as long as this tab. */
  readonly persistent: boolean;
  /** Summaries, newest first, without the heavy text and data files. */
  list(): Promise<LibraryListing>;
  /** Every article with its text and data file, in one read (newest first). */
  listWithContents(): Promise<LibraryContents>;
  /** One article whole; undefined when there is no such id; a StorageError('unreadable') when it is damaged. */
  get(id: string): Promise<LibraryArticle | undefined>;
  /** Saves a new article at revision 1 and returns it. */
  add(article: NewArticle): Promise<LibraryArticle>;
  /** Changes an article if it is still at `expectedRevision`; returns it at its new revision. */
  update(id: string, expectedRevision: number, change: ArticleChange): Promise<LibraryArticle>;
  /** Deletes one article (readable or not) and returns what was deleted, for Undo. */
  remove(id: string): Promise<LibraryArticle | undefined>;
  /** Puts a deleted article back as it was (Undo); refused if the id is taken meanwhile. */
  restore(article: LibraryArticle): Promise<void>;
  /** Deletes every saved article; returns how many records went. */
  removeAll(): Promise<number>;
}

/** A fresh article id: short, URL-safe, unique enough for one reader's library. */
export function createArticleId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 12);
}

/** The whole record for a new article. */
export function createArticle(input: NewArticle, now: number): LibraryArticle {
  return { ...input, id: createArticleId(), schemaVersion: 1, revision: 1, addedAt: now, updatedAt: now };
}

/** Splits a whole article into the two stored records (summary for lists, content for opening). */
export function splitArticle(article: LibraryArticle) {
  const { text, dataJson, ...summary } = article;
  return { summary, content: { id: article.id, text, dataJson } };
}
