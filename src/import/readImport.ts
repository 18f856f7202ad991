import { segmentArticle } from '../extract/segment/segmentArticle';
import { decodeText } from './decodeText';
import { ImportError, MAX_IMPORT_BYTES, type ImportedArticle } from './importedArticle';
import { readHtml } from './readHtml';
import { readMarkdown } from './readMarkdown';
import { readPlainText } from './readPlainText';

/** The file types the chooser offers and a drop accepts, by extension, with their reader. */
const READERS: Record<string, (text: string, origin: string, fileName: string) => ImportedArticle> = {
  txt: readPlainText,
  text: readPlainText,
  md: readMarkdown,
  markdown: readMarkdown,
  html: readHtml,
  htm: readHtml,
};

/** For the file input's accept attribute. */
export const ACCEPTED_EXTENSIONS = '.txt,.md,.markdown,.html,.htm';

// Rounded up, so a file just over the limit never reads as exactly the limit.
const formatMb = (bytes: number) => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;

function checkSize(bytes: number, origin: string): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(`${origin} is ${formatMb(bytes)}; Dateline reads articles up to ${formatMb(MAX_IMPORT_BYTES)}.`);
  }
}

/** Fills a missing publication date from the text's dateline, read by the extractor's segmenter. */
function withDateline(article: ImportedArticle): ImportedArticle {
  if (article.published) return article;
  const published = segmentArticle(article.text.slice(0, 4000)).article.published;
  return published ? { ...article, published } : article;
}

/** Reads a chosen or dropped file: .txt, .md, .html or .htm, at most 10 MB, UTF-8 text. */
export async function readImportFile(file: File): Promise<ImportedArticle> {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const reader = READERS[extension];
  if (!reader) {
    const what = extension ? `a .${extension} file` : 'a file without an extension';
    throw new ImportError(`${file.name} is ${what}; Dateline reads .txt, .md, .html and .htm files.`);
  }
  checkSize(file.size, file.name);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new ImportError(`${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = decodeText(bytes, file.name);
  if (text.trim() === '') throw new ImportError(`${file.name} is empty: there is no text to read.`);
  return withDateline(reader(text, file.name, file.name));
}

/** Reads a paste: rich text copied from a web page arrives as HTML and is read like a saved page; else plain text. */
export function readPaste(paste: { html?: string; plain?: string }): ImportedArticle {
  const html = paste.html?.trim() ?? '';
  const plain = paste.plain ?? '';
  checkSize(Math.max(html.length, plain.length), 'The pasted text');
  if (html !== '') {
    const fromHtml = readHtml(html, 'the pasted text');
    if (fromHtml.text.trim() !== '') return withDateline(fromHtml);
  }
  if (plain.trim() === '') throw new ImportError('The paste is empty: copy an article’s text and paste it here.');
  return withDateline(readPlainText(plain, 'the pasted text'));
}
