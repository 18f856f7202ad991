import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** A file that cannot be used as an article (missing, not a regular file, binary, too large). */
export class InputError extends Error {
  override name = 'InputError';
}

/** The largest article read, as in the app: anything past it is not an article and would only make the run slow. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
// Control characters other than tab, newline, carriage return and form feed mean the file is not text.
const MAX_CONTROL_SHARE = 0.01;

function describeKind(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'it is a directory';
  if (stat.isFIFO()) return 'it is a named pipe, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a regular file';
  if (stat.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

function formatLimit(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

function countJunk(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd) junk++;
  }
  return junk;
}

/** Reads at most maxBytes + 1 bytes, so a file that grows (or lies about its size) cannot exhaust memory. */
function readBounded(fd: number, maxBytes: number): Buffer {
  const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a UTF-8 text file, refusing what is missing, not a regular file (a pipe would block, a device never end),
 * larger than maxBytes, or binary. A BOM is dropped. The kind is checked with stat before opening, and again on
 * the opened file.
 */
export function readTextFile(path: string, what = 'article', maxBytes = MAX_ARTICLE_BYTES): string {
  const cannot = (why: string) => new InputError(`cannot read ${what} ${path}: ${why}`);
  const tooLarge = (size: string) => new InputError(`${what} ${path} is too large (${size}; at most ${formatLimit(maxBytes)})`);
  let fd: number;
  try {
    const kind = describeKind(statSync(path));
    if (kind) throw cannot(kind);
    // O_NONBLOCK: should the path turn into a pipe between stat and open, opening it must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw cannot(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error));
  }
  let buffer: Buffer;
  try {
    const stat = fstatSync(fd);
    const kind = describeKind(stat);
    if (kind) throw cannot(kind);
    if (stat.size > maxBytes) throw tooLarge(`${stat.size} bytes`);
    buffer = readBounded(fd, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannot((error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    closeSync(fd);
  }
  if (buffer.length > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`);
  if (buffer.includes(0)) throw new InputError(`${what} ${path} is not text (it contains NUL bytes)`);
  const text = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  const junk = countJunk(text);
  if (text.length > 0 && junk / text.length > MAX_CONTROL_SHARE) {
    throw new InputError(`${what} ${path} is not UTF-8 text (${junk} control or undecodable characters)`);
  }
  return text;
}
