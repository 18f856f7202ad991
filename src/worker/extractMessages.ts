import type { ArticleSummary } from '../storage/libraryRecord';
import type { ExtractRequest, ExtractResult } from './extractToJson';

/**
 * Where the worker saves the result itself, so the page never copies a multi-megabyte record into IndexedDB
 * on its own thread: a new article (with what the reader confirmed), or a re-extraction of a saved one.
 */
export type SaveInstruction =
  | { add: { headline: string; published: string; source?: string } }
  | { update: { id: string; revision: number } };

/** Page → worker: one extraction per worker run. */
export interface ExtractCommand {
  type: 'extract';
  request: ExtractRequest;
  save?: SaveInstruction;
}

/**
 * Worker → page: progress (whole percent, only when it changes); `saved` when the worker stored the result;
 * `done` with the data file when it was not asked to save or could not (then `unsavedReason` says why, and the
 * page keeps it in memory); or a readable failure.
 */
export type ExtractReply =
  | { type: 'progress'; percent: number }
  | { type: 'saved'; article: ArticleSummary }
  | { type: 'done'; result: ExtractResult; unsavedReason?: string }
  | { type: 'failed'; message: string };
