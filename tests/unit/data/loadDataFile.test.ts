import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileLoads, type DataFileLoad } from '../../../src/data/dataFileLoads';
import { DataFileError } from '../../../src/data/dataFileError';
import { loadDataFile } from '../../../src/data/loadDataFile';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';

const SEED = { url: 'http://localhost:3000/seed.events.json', name: 'seed.events.json' };

/** The load's state once its current attempt has settled. */
async function settled(load: DataFileLoad) {
  await vi.waitFor(() => expect(load.getState().fetching).toBe(false));
  return load.getState();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataFile', () => {
  it('fetches the file as JSON and returns it validated', async () => {
    const fetchMock = stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    const file = await loadDataFile(SEED);
    expect(file.events).toHaveLength(4);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('http://localhost:3000/seed.events.json');
  });

  it('the page load fetches the seed file beside the app once and never retries on its own', async () => {
    const fetchMock = stubFetch({ body: '', status: 500 });
    const load = new DataFileLoads().get({ search: '', href: 'http://localhost:3000/' }, '/');
    expect(await settled(load)).toEqual({ file: null, error: 'HTTP 500 fetching seed.events.json', fetching: false, attempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asking twice for the same file gives the same load (one request)', async () => {
    const fetchMock = stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    const loads = new DataFileLoads();
    const first = loads.get({ search: '', href: 'http://localhost:3000/' }, '/');
    expect(loads.get({ search: '', href: 'http://localhost:3000/#event=x' }, '/')).toBe(first);
    expect((await settled(first)).file?.events).toHaveLength(4);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('Retry keeps the failure on show while it asks again, then shows the file', async () => {
    const fetchMock = stubFetch({ body: 'busy', status: 503 }, { body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    const load = new DataFileLoads().get({ search: '', href: 'http://localhost:3000/' }, '/');
    await settled(load);
    const retrying = load.retry();
    expect(load.getState()).toEqual({ file: null, error: 'HTTP 503 fetching seed.events.json', fetching: true, attempt: 2 });
    await retrying;
    expect(load.getState()).toMatchObject({ error: null, fetching: false, attempt: 2 });
    expect(load.getState().file?.events).toHaveLength(4);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('Retry drops a request that never answered instead of joining it', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', vi.fn((_url: string, init?: RequestInit) => {
      signals.push(init!.signal!);
      if (signals.length === 1) return new Promise<Response>(() => {});
      return Promise.resolve(new Response(JSON.stringify(buildDataFileInput(LIGHTHOUSE)), { status: 200 }));
    }));
    const load = new DataFileLoads().get({ search: '', href: 'http://localhost:3000/' }, '/');
    await load.retry();
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
    expect(load.getState().file?.events).toHaveLength(4);
  });

  it('tells its listeners of every change and stops when they unsubscribe', async () => {
    stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    const load = new DataFileLoads().get({ search: '', href: 'http://localhost:3000/' }, '/');
    const seen: boolean[] = [];
    const unsubscribe = load.subscribe(() => seen.push(load.getState().fetching));
    await settled(load);
    unsubscribe();
    await load.retry();
    expect(seen).toEqual([false]);
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

  it('reports a bad ?data= path through the page load, before any fetch', async () => {
    const fetchMock = stubFetch({ body: '{}' });
    const load = new DataFileLoads().get({ search: '?data=https://evil.example/x.json', href: 'http://localhost:3000/' }, '/');
    expect((await settled(load)).error).toBe('The data parameter must be a relative path on this site, not "https://evil.example/x.json"');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
