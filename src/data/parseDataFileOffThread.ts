import type { DataFile } from '../model/dataFile';
import { DataFileError } from './dataFileError';
import { parseDataFile } from './parseDataFile';
import type { ParseReply, ParseRequest } from './parseMessages';

/**
 * From this many characters (or bytes, for a body still arriving) on, a data file is read in a worker. Below it a
 * worker's start (its own script, zod again) costs more than checking on the page's thread; above it the check
 * would hold the page for hundreds of ms (measured in Node on this machine: 10,000 events, 5.7 MB, take 150–550 ms
 * to check; the seed, 17 kB, about 4 ms).
 */
export const OFF_THREAD_MIN_CHARS = 1_000_000;

/**
 * Runs one parse in a fresh module worker; null when the worker cannot start or the request cannot be sent (the
 * caller reads the file on the page's thread then). `readHere` is the fallback when the worker fails to load.
 */
function parseInWorker(request: ParseRequest, readHere: () => Promise<string>): Promise<DataFile> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataFileWorker.ts', import.meta.url), { type: 'module', name: 'dateline-data-file' });
  } catch {
    return null;
  }
  try {
    // A body stream moves to the worker (it is read there, once); text is copied.
    worker.postMessage(request, 'body' in request ? [request.body] : []);
  } catch {
    // A browser that cannot transfer streams: the body is untouched, the page reads it.
    worker.terminate();
    return null;
  }
  return new Promise<DataFile>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.file);
      else reject(reply.kind ? new DataFileError(reply.kind, reply.message) : new Error(reply.message));
    });
    worker.addEventListener('error', () => {
      // A worker that failed to load leaves the file unread, not refused: read it here instead.
      worker.terminate();
      readHere().then((text) => parseDataFile(text, request.fileName)).then(resolve, (error: unknown) => {
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
}

/** parseDataFile, in a worker for a large file (the same checks and messages either way). */
export async function parseDataFileOffThread(text: string, fileName: string): Promise<DataFile> {
  if (text.length >= OFF_THREAD_MIN_CHARS && typeof Worker === 'function') {
    const inWorker = parseInWorker({ text, fileName }, async () => text);
    if (inWorker) return inWorker;
  }
  return parseDataFile(text, fileName);
}

/** True when a response says (by its Content-Length) that it is large enough to be read and checked in a worker. */
const declaresLargeBody = (response: Response) => Number(response.headers.get('Content-Length') ?? NaN) >= OFF_THREAD_MIN_CHARS;

/**
 * A response's body, read and checked: a large one (by its Content-Length, unless the caller knows) goes to a
 * worker as it arrives, so neither decoding nor checking holds the page's thread; anything else is read here.
 */
export async function parseResponseOffThread(
  response: Response, fileName: string, large: boolean = declaresLargeBody(response),
): Promise<DataFile> {
  if (large && response.body && typeof Worker === 'function') {
    // Two branches of one body: the worker reads the first; the second is read here only if the worker fails to load.
    const [toWorker, fallback] = response.body.tee();
    const inWorker = parseInWorker({ body: toWorker, fileName }, () => new Response(fallback).text());
    // Not awaited: a tee branch's cancel settles only once the other branch is done too.
    if (inWorker) return inWorker.finally(() => void fallback.cancel().catch(() => undefined));
    void toWorker.cancel().catch(() => undefined);
    return parseDataFile(await new Response(fallback).text(), fileName);
  }
  return parseDataFileOffThread(await response.text(), fileName);
}
