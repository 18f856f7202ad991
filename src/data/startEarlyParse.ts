// An entry of its own, run by index.html before the app's script has arrived: when the data file the page asked
// for is large, its body goes to the worker while it arrives, so it is decoded and checked while the app's script
// still downloads and starts. The app (loadDataFile) takes the result.
import { peekBody } from './peekBody';
import { parseResponseOffThread } from './parseDataFileOffThread';
import { resolveDataSource } from './resolveDataSource';
import type { DataFilePreload } from './takePreloadedResponse';

/**
 * From this size on the worker takes the file here. Lower than the app's own threshold (OFF_THREAD_MIN_CHARS): here
 * the worker starts on the other core while the app's script still downloads and starts, so its start costs the
 * page nothing, and a file of a few hundred events (40 ms to check on the page) is ready when the app is.
 */
export const EARLY_PARSE_MIN_BYTES = 200_000;

/**
 * Reads ahead the first 200 kB of the preloaded answer (a compressed one names no size): a large file goes to the
 * worker; a small one is put back, whole, for the app to read on its own thread as before.
 */
function startEarlyParse(preload: DataFilePreload, fileName: string): void {
  const peeked = preload.response.then(async (response) => {
    if (!response.ok || !response.body || typeof Worker !== 'function') return null;
    const { large, response: whole } = await peekBody(response, EARLY_PARSE_MIN_BYTES);
    if (!large) preload.response = Promise.resolve(whole);
    return { large, whole };
  });
  // A failed request is left to the app, which reports it as usual.
  preload.large = peeked.then((peek) => peek?.large ?? false, () => false);
  preload.parsed = peeked.then((peek) => (peek?.large ? parseResponseOffThread(peek.whole, fileName, true) : null), () => null);
  // The app may fail before it reads this: a refusal is then not an unhandled rejection, and it is read again.
  preload.parsed.catch(() => undefined);
}

const preload = window.__datelinePreload;
if (preload) {
  try {
    startEarlyParse(preload, resolveDataSource(window.location.search, import.meta.env.BASE_URL, window.location.href).name);
  } catch {
    // A refused ?data= value: the app reports it; nothing to start here.
  }
}
