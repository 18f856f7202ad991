import { queryOptions } from '@tanstack/react-query';
import { loadDataFile } from './loadDataFile';
import { resolveDataSource } from './resolveDataSource';

/** Where the page is, for picking the data file; the browser's location by default. */
export interface PageLocation {
  search: string;
  href: string;
}

/** The name messages use for the data file the page asks for ("seed.events.json"), even when the name is refused. */
export function describeDataFile(page: PageLocation, baseUrl: string = import.meta.env.BASE_URL): string {
  try {
    return resolveDataSource(page.search, baseUrl, page.href).name;
  } catch {
    return 'the data file';
  }
}

/**
 * The react-query options for the data file the page asks for (`?data=` or the seed file).
 * A bad `?data=` value fails inside the query, so it reaches the same alert as any other failure.
 */
export function dataFileQueryOptions(page: PageLocation, baseUrl: string = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: ['data-file', page.search, baseUrl],
    queryFn: ({ signal }) => loadDataFile(resolveDataSource(page.search, baseUrl, page.href), signal),
    // Failures here are about the file, not the network's mood: show them at once; Retry refetches.
    retry: false,
    // main.tsx may have loaded the file before the app mounts: a failure found then is shown, not silently retried.
    retryOnMount: false,
    staleTime: Infinity,
  });
}
