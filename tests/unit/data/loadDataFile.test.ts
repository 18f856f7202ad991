import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../../../src/data/dataFileQuery';
import { DataFileError } from '../../../src/data/dataFileError';
import { loadDataFile } from '../../../src/data/loadDataFile';
import { buildDataFile, buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';

const SEED = { url: 'http://localhost:3000/seed.events.json', name: 'seed.events.json' };

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__datelinePreload;
});

/** What index.html and src/data/startEarlyParse.ts leave for the app: the request, and maybe its parse begun. */
function preload(body: string, parsed?: Promise<ReturnType<typeof buildDataFile> | null>) {
  window.__datelinePreload = {
    url: SEED.url,
    response: Promise.resolve(new Response(body, { status: 200 })),
    ...(parsed ? { parsed } : {}),
  };
}

describe('loadDataFile', () => {
  it('fetches the file as JSON and returns it validated', async () => {
    const fetchMock = stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    const file = await loadDataFile(SEED);
    expect(file.events).toHaveLength(4);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('http://localhost:3000/seed.events.json');
  });

  it('the query options fetch the seed file beside the app and never retry on their own', async () => {
    const fetchMock = stubFetch({ body: '', status: 500 });
    const client = new QueryClient();
    const options = dataFileQueryOptions({ search: '', href: 'http://localhost:3000/' }, '/');
    await expect(client.fetchQuery(options)).rejects.toThrow('HTTP 500 fetching seed.events.json');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(options.retry).toBe(false);
  });
});

describe('loadDataFile takes what the page started before the app', () => {
  it('takes a large file already checked in the worker, without fetching or reading anything again', async () => {
    const fetchMock = stubFetch({ body: '{}' });
    const checked = buildDataFile(LIGHTHOUSE);
    preload('not read', Promise.resolve(checked));
    await expect(loadDataFile(SEED)).resolves.toBe(checked);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports the worker’s refusal of a large file as it is', async () => {
    stubFetch({ body: '{}' });
    preload('not read', Promise.reject(new DataFileError('schema', 'The data file does not match the schema: events: expected array')));
    await expect(loadDataFile(SEED)).rejects.toThrow(new DataFileError('schema', 'The data file does not match the schema: events: expected array'));
  });

  it('reads the preloaded response itself when nothing was started (a small file), then hands it out only once', async () => {
    const fetchMock = stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    preload(JSON.stringify(buildDataFileInput(LIGHTHOUSE)), Promise.resolve(null));
    expect((await loadDataFile(SEED)).events).toHaveLength(4);
    expect(fetchMock).not.toHaveBeenCalled();
    await loadDataFile(SEED);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('loadDataFile turns each failure into a typed error', () => {
  it('reports an HTTP error status with the file name', async () => {
    stubFetch({ body: 'Not Found', status: 404 });
    await expect(loadDataFile(SEED)).rejects.toThrow(new DataFileError('http', 'HTTP 404 fetching seed.events.json'));
    await expect(loadDataFile(SEED)).rejects.toHaveProperty('kind', 'http');
  });

  it('reports a network failure with the browser’s reason', async () => {
    stubFetch({ networkError: 'Failed to fetch' });
    await expect(loadDataFile(SEED)).rejects.toThrow('Could not fetch seed.events.json: Failed to fetch');
    await expect(loadDataFile(SEED)).rejects.toHaveProperty('kind', 'network');
  });

  it('reports invalid JSON', async () => {
    stubFetch({ body: '{"version": 1,' });
    await expect(loadDataFile(SEED)).rejects.toHaveProperty('kind', 'json');
    await expect(loadDataFile(SEED)).rejects.toThrow(/^seed\.events\.json is not valid JSON: /);
  });

  it('reports an unknown version', async () => {
    stubFetch({ body: JSON.stringify({ ...buildDataFileInput(LIGHTHOUSE), version: 7 }) });
    await expect(loadDataFile(SEED)).rejects.toThrow('Unknown data file version 7: this build reads version 1');
  });

  it('reports a bad ?data= path through the query, before any fetch', async () => {
    const fetchMock = stubFetch({ body: '{}' });
    const client = new QueryClient();
    const options = dataFileQueryOptions({ search: '?data=https://evil.example/x.json', href: 'http://localhost:3000/' }, '/');
    await expect(client.fetchQuery(options)).rejects.toThrow(
      'The data parameter must be a relative path on this site, not "https://evil.example/x.json"',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
