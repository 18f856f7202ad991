import { segmentArticle } from '../extract/segment/segmentArticle';
import { ImportError, type ImportedArticle } from './importedArticle';

// The dateline and headline sit at the top; segmenting only the start keeps a 5 MB paste quick.
const HEAD_CHARS = 4000;

/** A plain article is read as it is: the extractor gets the very text, the form shows what its segmenter saw. */
export function readPlainText(raw: string, origin: string, fileName?: string): ImportedArticle {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError(`${origin} is empty: there is no text to read.`);
  const head = segmentArticle(text.slice(0, HEAD_CHARS));
  const paragraphs = head.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);
  const headline = head.paragraphs.find((p) => p.kind === 'headline')?.text.trim() ?? head.paragraphs[0]?.text.trim() ?? '';
  return {
    origin,
    format: 'text',
    ...(fileName ? { fileName } : {}),
    headline,
    ...(head.article.published ? { published: head.article.published } : {}),
    ...(head.article.credit ? { source: head.article.credit } : {}),
    paragraphs,
    text,
  };
}
