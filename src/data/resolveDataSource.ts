import { quoteForMessage } from '../model/quoteForMessage';
import { DataFileError } from './dataFileError';

/** Where the data file lives and the name messages use for it. */
export interface DataSource {
  /** Absolute URL on the page's own origin. */
  url: string;
  /** Short name for messages: "seed.events.json" or the `?data=` value as given (cut short when it is long). */
  name: string;
}

/** The file served beside the app (vite publicDir = data/). */
export const DEFAULT_DATA_FILE_NAME = 'seed.events.json';

// A scheme ("https:", "javascript:", "data:") or a protocol-relative "//host" would leave the site.
const ABSOLUTE_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\)/i;

// A name, not a quote: the message reads better without JSON quotes.
const shortenName = (path: string) => JSON.parse(quoteForMessage(path)) as string;

/**
 * Picks the data file from the page's query string: `?data=<relative path>` or the default seed file.
 * Only paths on the page's own origin are allowed, so a crafted link cannot load someone else's file.
 */
export function resolveDataSource(search: string, baseUrl: string, pageUrl: string): DataSource {
  const base = new URL(baseUrl, pageUrl);
  const requested = new URLSearchParams(search).get('data');
  if (requested === null) return { url: new URL(DEFAULT_DATA_FILE_NAME, base).href, name: DEFAULT_DATA_FILE_NAME };
  const path = requested.trim();
  if (!path) {
    throw new DataFileError('location', 'The data parameter is empty: give a path on this site, such as ?data=other.events.json');
  }
  const refusal = `The data parameter must be a relative path on this site, not ${quoteForMessage(path)}`;
  if (ABSOLUTE_URL.test(path) || path.includes('\\')) throw new DataFileError('location', refusal);
  const url = new URL(path, base);
  if (url.origin !== base.origin) throw new DataFileError('location', refusal);
  return { url: url.href, name: shortenName(path) };
}
