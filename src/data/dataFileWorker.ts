/// <reference lib="webworker" />
// Reads and checks a large data file off the page's thread (bytes, JSON, version, schema), so a long story's
// validation never freezes the page; loaded only for files big enough to be worth a worker.
import { DataFileError } from './dataFileError';
import { parseDataFile } from './parseDataFile';
import type { ParseReply, ParseRequest } from './parseMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function readText(request: ParseRequest): Promise<string> {
  if ('text' in request) return request.text;
  try {
    return await new Response(request.body).text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError('network', `Could not fetch ${request.fileName}: ${reason}`);
  }
}

async function parse(request: ParseRequest): Promise<ParseReply> {
  try {
    return { ok: true, file: parseDataFile(await readText(request), request.fileName) };
  } catch (error) {
    if (error instanceof DataFileError) return { ok: false, kind: error.kind, message: error.message };
    return { ok: false, kind: null, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  void parse(event.data).then((reply) => scope.postMessage(reply));
});
