/** What was read from a paste or a file, before the reader confirms it and the extractor runs. */
export interface ImportedArticle {
  /** Where it came from, for messages: "pasted text", "report.html". */
  origin: string;
  /** The file's name, whose base name becomes the article id (as with the CLI); absent for a paste. */
  fileName?: string;
  format: 'text' | 'markdown' | 'html';
  headline: string;
  /** YYYY-MM-DD from the page's metadata, when it has one. */
  published?: string;
  /** Byline or site name. */
  source?: string;
  /** The body paragraphs, markup stripped, in order. */
  paragraphs: string[];
  /** The text the extractor reads: headline and paragraphs one per line (a plain paste stays as it was). */
  text: string;
}

/** A paste or file that cannot become an article; the message says why and what to do. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Above this the page would spend minutes extracting, and it is not an article. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Builds the article from a headline and paragraphs read out of markup: one paragraph per line, blank lines between. */
export function composeArticle(base: Omit<ImportedArticle, 'text' | 'paragraphs' | 'headline'>, headline: string, paragraphs: readonly string[]): ImportedArticle {
  const body = paragraphs.map(collapseSpaces).filter((p) => p !== '');
  const title = collapseSpaces(headline) || body[0] || '';
  // The headline is usually also the first block of the body; print it once.
  const rest = body[0] === title ? body.slice(1) : body;
  if (title === '' && rest.length === 0) throw new ImportError(`${base.origin} has no text to read.`);
  return { ...base, headline: title, paragraphs: rest, text: [title, ...rest].filter(Boolean).join('\n\n') };
}
