/// <reference lib="webworker" />
// The module worker that runs the extractor off the page's thread, and saves what it made; loaded (with
// chrono-node) only on first use.
import { extractToJson } from './extractToJson';
import type { ExtractCommand, ExtractReply } from './extractMessages';
import { saveInWorker } from './saveInWorker';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ExtractReply) => scope.postMessage(message);

async function run({ request, save }: ExtractCommand): Promise<ExtractReply> {
  let lastPercent = -1;
  const result = extractToJson(request, (fraction) => {
    const percent = Math.min(99, Math.floor(fraction * 100));
    if (percent === lastPercent) return;
    lastPercent = percent;
    reply({ type: 'progress', percent });
  });
  return save ? saveInWorker(request, result, save) : { type: 'done', result };
}

scope.addEventListener('message', (event: MessageEvent<ExtractCommand>) => {
  if (event.data?.type !== 'extract') return;
  run(event.data).then(reply, (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
