import type { ExtractCommand, ExtractReply, SaveInstruction } from './extractMessages';
import type { ExtractRequest } from './extractToJson';

/** Written to the data file's `generator` field of articles extracted in the browser. */
export const BROWSER_GENERATOR = 'dateline in the browser (src/worker/extractWorker.ts)';

/** How a run ended: saved by the worker, or the data file itself (not asked to save, or the save was refused). */
export type ExtractOutcome = Extract<ExtractReply, { type: 'saved' } | { type: 'done' }>;

/** A running extraction: its outcome, and Cancel, which terminates the worker mid-run. */
export interface RunningExtraction {
  result: Promise<ExtractOutcome>;
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
export function extractInWorker(request: ExtractRequest, onProgress: (percent: number) => void, save?: SaveInstruction): RunningExtraction {
  const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module', name: 'dateline-extract' });
  let settle: { reject: (error: Error) => void } | null = null;
  const result = new Promise<ExtractOutcome>((resolve, reject) => {
    settle = { reject };
    worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.percent);
        return;
      }
      worker.terminate();
      if (message.type === 'failed') reject(new Error(message.message));
      else resolve(message);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`The extractor could not start: ${event.message || 'the worker failed to load'}`));
    });
  });
  const command: ExtractCommand = save ? { type: 'extract', request, save } : { type: 'extract', request };
  worker.postMessage(command);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new ExtractionCancelled('Extraction cancelled'));
    },
  };
}
