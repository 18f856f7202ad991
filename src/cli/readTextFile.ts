import { readFileSync, statSync } from 'node:fs';

/** A file that cannot be used as an article (missing, a folder, binary, too large). */
export class InputError extends Error {
  override name = 'InputError';
}

/** Articles are a few kilobytes; anything past this is not an article and would only make the run slow. */
export const MAX_ARTICLE_BYTES = 2_000_000;
// Control characters other than tab, newline, carriage return and form feed mean the file is not text.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
const MAX_CONTROL_SHARE = 0.01;

/** Reads a UTF-8 text file, refusing what is missing, not a file, too large, or binary. A BOM is dropped. */
export function readTextFile(path: string, what = 'article', maxBytes = MAX_ARTICLE_BYTES): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`cannot read ${what} ${path}: it is a directory`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)}`);
  }
  if (size > maxBytes) throw new InputError(`${what} ${path} is too large (${size} bytes; at most ${maxBytes})`);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (buffer.includes(0)) throw new InputError(`${what} ${path} is not text (it contains NUL bytes)`);
  const text = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  const junk = (text.match(CONTROL_CHARS)?.length ?? 0) + (text.match(/\uFFFD/g)?.length ?? 0);
  if (text.length > 0 && junk / text.length > MAX_CONTROL_SHARE) {
    throw new InputError(`${what} ${path} is not UTF-8 text (${junk} control or undecodable characters)`);
  }
  return text;
}
