import type { ExtractReply } from './extractMessages';
import type { ExtractRequest, ExtractResult } from './extractToJson';

/** Written to the data file's `generator` field of articles extracted in the browser. */
export const BROWSER_GENERATOR = 'dateline in the browser (src/worker/extractWorker.ts)';

/** A running extraction: its outcome, and Cancel, which terminates the worker mid-run. */
export interface RunningExtraction {
  result: Promise<ExtractResult>;
  cancel: () => void;
}

/** Raised by `result` when the reader cancelled. */
export class ExtractionCancelled extends Error {
  override name = 'ExtractionCancelled';
}

/**
 * Starts one extraction in a fresh module worker. A worker per run keeps Cancel simple and total:
 * `terminate()` stops the extractor wherever it is, with nothing left half-done to reuse.
 */
export function extractInWorker(request: ExtractRequest, onProgress: (percent: number) => void): RunningExtraction {
  const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module', name: 'dateline-extract' });
  let settle: { reject: (error: Error) => void } | null = null;
  const result = new Promise<ExtractResult>((resolve, reject) => {
    settle = { reject };
    worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.percent);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`The extractor could not start: ${event.message || 'the worker failed to load'}`));
    });
  });
  worker.postMessage({ type: 'extract', request });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new ExtractionCancelled('Extraction cancelled'));
    },
  };
}
