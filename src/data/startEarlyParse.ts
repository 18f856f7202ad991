// An entry of its own, run by index.html before the app's script has arrived: when the data file the page asked
// for is large, its body goes to the worker as soon as its headers are in, so it is decoded and checked while the
// app's script still downloads and starts. The app (loadDataFile) takes the result.
import { parseResponseOffThread, shouldParseOffThread } from './parseDataFileOffThread';
import { resolveDataSource } from './resolveDataSource';

const preload = window.__datelinePreload;
if (preload) {
  let name: string | null = null;
  try {
    name = resolveDataSource(window.location.search, import.meta.env.BASE_URL, window.location.href).name;
  } catch {
    // A refused ?data= value: the app reports it; nothing to start here.
  }
  if (name !== null) {
    const fileName = name;
    // A failed request or a small file is left to the app, which reads the response and reports as usual.
    preload.parsed = preload.response.then(
      (response) => (response.ok && shouldParseOffThread(response) ? parseResponseOffThread(response, fileName) : null),
      () => null,
    );
    // The app may fail before it reads this: a refusal is then not an unhandled rejection, and it is read again.
    preload.parsed.catch(() => undefined);
  }
}
