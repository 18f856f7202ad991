import type { DataFile } from '../model/dataFile';
import { DataFileError } from './dataFileError';
import { parseDataFile } from './parseDataFile';
import type { ParseReply, ParseRequest } from './parseMessages';

/**
 * From this many characters on, a data file is read in a worker. Below it a worker's start (its own script, zod
 * again) costs more than checking on the page's thread; above it the check would hold the page for hundreds of ms
 * (measured in Node on this machine: 10,000 events, 5.7 MB, take 150–550 ms to check; the seed, 17 kB, about 4 ms).
 */
export const OFF_THREAD_MIN_CHARS = 1_000_000;

/** Runs one parse in a fresh module worker; null when the worker cannot start (the page's thread does it then). */
function parseInWorker(request: ParseRequest): Promise<DataFile> | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataFileWorker.ts', import.meta.url), { type: 'module', name: 'dateline-data-file' });
  } catch {
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
      try {
        resolve(parseDataFile(request.text, request.fileName));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.postMessage(request);
  });
}

/** parseDataFile, in a worker for a large file (the same checks and messages either way). */
export async function parseDataFileOffThread(text: string, fileName: string): Promise<DataFile> {
  if (text.length >= OFF_THREAD_MIN_CHARS && typeof Worker === 'function') {
    const inWorker = parseInWorker({ text, fileName });
    if (inWorker) return inWorker;
  }
  return parseDataFile(text, fileName);
}
