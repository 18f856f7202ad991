import type { DataFile } from '../model/dataFile';

/** The data file's request (the default one or `?data=`), started by index.html before the app's JS arrives. */
export interface DataFilePreload {
  /** Absolute URL of the file. */
  url: string;
  response: Promise<Response>;
  /**
   * Set by src/data/startEarlyParse.ts: a large file's body already on its way through the worker (the checked
   * file, or its DataFileError), or null when the page reads the response itself (small file, HTTP error, no worker).
   */
  parsed?: Promise<DataFile | null>;
  /** Set by src/data/startEarlyParse.ts: whether the file is large (hundreds of events or more), from its first 200 kB. */
  large?: Promise<boolean>;
}

declare global {
  interface Window {
    /** Set by the inline script in index.html for a data file on the page's own origin. */
    __datelinePreload?: DataFilePreload;
  }
}

/**
 * The request index.html already made, when it is for `url`; null otherwise. It is handed out once: a Retry must
 * ask the server again rather than reread a failed or stalled answer.
 */
export function takePreloadedResponse(url: string): DataFilePreload | null {
  if (typeof window === 'undefined') return null;
  const preload = window.__datelinePreload;
  if (!preload || preload.url !== url) return null;
  delete window.__datelinePreload;
  return preload;
}
