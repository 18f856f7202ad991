import { ExtractError, extractArticle } from '../extract/extractArticle';
import { DataFileSchema } from '../model/dataFile';

/** What the reader confirmed in the add-article form; the extractor's own reading fills the rest. */
export interface ExtractRequest {
  text: string;
  /** Publication date YYYY-MM-DD; left out, the text's dateline gives it. */
  published?: string;
  /** The chosen file's name: its base name becomes the article id, as with the CLI. */
  fileName?: string;
  /** Headline and source as the reader confirmed them; left out, the extractor's reading stays. */
  title?: string;
  credit?: string;
  generator?: string;
}

/** A finished extraction: the data file exactly as the CLI would write it, and its event count. */
export interface ExtractResult {
  json: string;
  eventCount: number;
}

/**
 * The worker's whole job, kept pure so a test can run it in Node beside the CLI: extract, apply the confirmed
 * headline and source, validate against the schema, serialise as `npm run extract` does (2-space JSON + newline).
 * A string crosses to the page in one copy, where a structured clone of the object would walk every node.
 */
export function extractToJson(request: ExtractRequest, onProgress?: (fraction: number) => void): ExtractResult {
  const file = extractArticle(request.text, {
    ...(request.published ? { published: request.published } : {}),
    ...(request.fileName ? { fileName: request.fileName } : {}),
    ...(request.generator ? { generator: request.generator } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  if (request.title?.trim()) file.article.title = request.title.trim();
  if (request.credit?.trim()) file.article.credit = request.credit.trim();
  const checked = DataFileSchema.safeParse(file);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ExtractError(`the extracted data file is invalid at ${issue?.path.map(String).join('.') ?? '(root)'}: ${issue?.message ?? 'unknown problem'}`);
  }
  return { json: `${JSON.stringify(file, null, 2)}\n`, eventCount: file.events.length };
}
