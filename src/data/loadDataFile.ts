import type { DataFile } from '../model/dataFile';
import { DataFileError } from './dataFileError';
import { parseResponseOffThread } from './parseDataFileOffThread';
import type { DataSource } from './resolveDataSource';
import { takePreloadedResponse } from './takePreloadedResponse';

/**
 * Fetches and validates one data file; every failure becomes a DataFileError with a clear message.
 * The first load of the default file reuses the request index.html started with the page.
 */
export async function loadDataFile(source: DataSource, signal?: AbortSignal): Promise<DataFile> {
  const preload = takePreloadedResponse(source.url);
  // A large preloaded file may already be read and checked in the worker (its refusal is thrown here as it is).
  // (Awaited only when there is one: otherwise the request starts at once, as callers expect.)
  const parsedEarly = preload?.parsed ? await preload.parsed : null;
  if (parsedEarly) return parsedEarly;
  let response: Response;
  try {
    response = await (preload?.response ?? fetch(source.url, { signal, headers: { Accept: 'application/json' } }));
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError('network', `Could not fetch ${source.name}: ${reason}`);
  }
  if (!response.ok) throw new DataFileError('http', `HTTP ${response.status} fetching ${source.name}`);
  return parseResponseOffThread(response, source.name);
}
