import type { ExtractRequest, ExtractResult } from './extractToJson';

/** Page → worker: one extraction per worker run. */
export interface ExtractCommand {
  type: 'extract';
  request: ExtractRequest;
}

/** Worker → page: progress (whole percent, only when it changes), the result, or a readable failure. */
export type ExtractReply =
  | { type: 'progress'; percent: number }
  | { type: 'done'; result: ExtractResult }
  | { type: 'failed'; message: string };
