import { ImportError } from './importedArticle';

// Control characters other than tab, newline, carriage return and form feed mean the bytes are not text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\v\u000E-\u001F]/g;
const MAX_JUNK_SHARE = 0.01;

/** Decodes a file's bytes as UTF-8 text, refusing binary data (NUL bytes, or more than 1% undecodable characters). */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.includes(0)) throw new ImportError(`${origin} is not a text file (it holds binary data). Choose a .txt, .md, .html or .htm file.`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const junk = (text.match(CONTROL_CHARS)?.length ?? 0) + (text.match(/\uFFFD/g)?.length ?? 0);
  if (text.length > 0 && junk / text.length > MAX_JUNK_SHARE) {
    throw new ImportError(`${origin} is not readable UTF-8 text (${junk} undecodable characters). Save it as UTF-8 and try again.`);
  }
  return text;
}
