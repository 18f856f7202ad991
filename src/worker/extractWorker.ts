/// <reference lib="webworker" />
// The module worker that runs the extractor off the page's thread; loaded (with chrono-node) only on first use.
import { extractToJson } from './extractToJson';
import type { ExtractCommand, ExtractReply } from './extractMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ExtractReply) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<ExtractCommand>) => {
  if (event.data?.type !== 'extract') return;
  let lastPercent = -1;
  try {
    const result = extractToJson(event.data.request, (fraction) => {
      const percent = Math.min(99, Math.floor(fraction * 100));
      if (percent === lastPercent) return;
      lastPercent = percent;
      reply({ type: 'progress', percent });
    });
    reply({ type: 'done', result });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
