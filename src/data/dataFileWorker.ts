/// <reference lib="webworker" />
// Reads and checks a large data file off the page's thread (JSON, version, schema), so a long story's validation
// never freezes the page; loaded only for files big enough to be worth a worker.
import { DataFileError } from './dataFileError';
import { parseDataFile } from './parseDataFile';
import type { ParseReply, ParseRequest } from './parseMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function parse({ text, fileName }: ParseRequest): ParseReply {
  try {
    return { ok: true, file: parseDataFile(text, fileName) };
  } catch (error) {
    if (error instanceof DataFileError) return { ok: false, kind: error.kind, message: error.message };
    return { ok: false, kind: null, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', (event: MessageEvent<ParseRequest>) => scope.postMessage(parse(event.data)));
