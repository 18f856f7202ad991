import { Readability } from '@mozilla/readability';
import { composeArticle, type ImportedArticle } from './importedArticle';
import { readPublishedDate } from './readPublishedDate';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption';

/** The text of each block that holds no other block (so nested blocks are not read twice). */
function readBlocks(root: ParentNode): string[] {
  return [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS)).map((el) => el.textContent ?? '');
}

/**
 * Reads a web page (a saved .html file or rich text from the clipboard). The markup is parsed by DOMParser
 * into a document that is never attached to the page, so no script runs and no image loads; Readability
 * picks the article out of menus and footers; the metadata is read before Readability prunes it.
 */
export function readHtml(html: string, origin: string, fileName?: string): ImportedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const published = readPublishedDate(doc);
  const pageTitle = doc.querySelector('h1')?.textContent ?? '';
  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node, charThreshold: 100 }).parse();
  const content = parsed?.content;
  const paragraphs = content instanceof Element || content instanceof DocumentFragment ? readBlocks(content) : [];
  const fallback = paragraphs.length > 0 ? paragraphs : readBlocks(doc.body ?? doc);
  const blocks = fallback.length > 0 ? fallback : (doc.body?.textContent ?? '').split(/\n\s*\n/);
  const source = parsed?.byline?.trim() || parsed?.siteName?.trim() || undefined;
  return composeArticle(
    { origin, format: 'html', ...(fileName ? { fileName } : {}), ...(published ? { published } : {}), ...(source ? { source } : {}) },
    pageTitle.trim() || parsed?.title?.trim() || doc.title,
    blocks,
  );
}
