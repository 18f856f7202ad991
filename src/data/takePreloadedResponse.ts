/** The data file's request (the default one or `?data=`), started by index.html before the app's JS arrives. */
export interface DataFilePreload {
  /** Absolute URL of the file. */
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    /** Set by the inline script in index.html for a data file on the page's own origin. */
    __datelinePreload?: DataFilePreload;
  }
}

/**
 * The response index.html already asked for, when it is for `url`; null otherwise. It is handed out once:
 * a Retry must ask the server again rather than reread a failed or stalled answer.
 */
export function takePreloadedResponse(url: string): Promise<Response> | null {
  if (typeof window === 'undefined') return null;
  const preload = window.__datelinePreload;
  if (!preload || preload.url !== url) return null;
  delete window.__datelinePreload;
  return preload.response;
}
