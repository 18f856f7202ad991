import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from '../../../src/data/dataFileError';
import { OFF_THREAD_MIN_CHARS, parseDataFileOffThread, parseResponseOffThread } from '../../../src/data/parseDataFileOffThread';
import type { ParseReply, ParseRequest } from '../../../src/data/parseMessages';
import { buildDataFile, buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

/** A stand-in for the browser's Worker (jsdom has none): records what it was sent and answers as told. */
class FakeWorker extends EventTarget {
  static created: FakeWorker[] = [];
  static answer: (request: ParseRequest) => ParseReply | 'fail to load' = () => 'fail to load';
  readonly options: WorkerOptions | undefined;
  received: ParseRequest[] = [];
  transferred: Transferable[][] = [];
  terminated = false;

  constructor(_url: URL, options?: WorkerOptions) {
    super();
    this.options = options;
    FakeWorker.created.push(this);
  }

  postMessage(request: ParseRequest, transfer: Transferable[] = []) {
    this.received.push(request);
    this.transferred.push(transfer);
    const answer = FakeWorker.answer(request);
    queueMicrotask(() => {
      if (answer === 'fail to load') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: answer }));
    });
  }

  terminate() {
    this.terminated = true;
  }
}

/** A valid data file padded (with spaces JSON ignores) to just over the size that goes to a worker. */
const largeText = () => JSON.stringify(buildDataFileInput(LIGHTHOUSE)).padEnd(OFF_THREAD_MIN_CHARS, ' ');

afterEach(() => {
  FakeWorker.created = [];
  vi.unstubAllGlobals();
});

describe('parseDataFileOffThread', () => {
  it('checks a small file on the page’s thread, without starting a worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const file = await parseDataFileOffThread(JSON.stringify(buildDataFileInput(LIGHTHOUSE)), 'small.events.json');
    expect(file.events).toHaveLength(4);
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('sends a large file to a module worker and takes the checked file it answers, then stops the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const checked = buildDataFile(LIGHTHOUSE);
    FakeWorker.answer = () => ({ ok: true, file: checked });
    const text = largeText();

    await expect(parseDataFileOffThread(text, 'large.events.json')).resolves.toBe(checked);
    const [worker] = FakeWorker.created;
    expect(worker!.options).toEqual({ type: 'module', name: 'dateline-data-file' });
    expect(worker!.received).toEqual([{ text, fileName: 'large.events.json' }]);
    expect(worker!.terminated).toBe(true);
  });

  it('turns the worker’s refusal into the same DataFileError the page would have raised', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = () => ({ ok: false, kind: 'schema', message: 'The data file does not match the schema: events[3].sources[0].text: quote' });

    const failure = parseDataFileOffThread(largeText(), 'large.events.json');
    await expect(failure).rejects.toThrow(new DataFileError('schema', 'The data file does not match the schema: events[3].sources[0].text: quote'));
    await expect(failure).rejects.toHaveProperty('kind', 'schema');
  });

  it('checks the file on the page’s thread when the worker cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = () => 'fail to load';

    const file = await parseDataFileOffThread(largeText(), 'large.events.json');
    expect(file.events).toHaveLength(4);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });
});

/** A response as fetch gives it, with the Content-Length a server sends. */
const respond = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(text.length) } });

describe('parseResponseOffThread', () => {
  it('hands a large body to the worker as a stream while it arrives, so the page decodes nothing', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const checked = buildDataFile(LIGHTHOUSE);
    FakeWorker.answer = () => ({ ok: true, file: checked });

    await expect(parseResponseOffThread(respond(largeText()), 'large.events.json')).resolves.toBe(checked);
    const [worker] = FakeWorker.created;
    const [request] = worker!.received;
    expect(request!.fileName).toBe('large.events.json');
    expect('body' in request! && request.body).toBeInstanceOf(ReadableStream);
    expect(worker!.transferred[0]).toEqual(['body' in request! ? request.body : null]);
    expect(worker!.terminated).toBe(true);
  });

  it('reads a large body on the page’s thread when the worker cannot load, and checks it the same way', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = () => 'fail to load';

    const file = await parseResponseOffThread(respond(largeText()), 'large.events.json');
    expect(file.events).toHaveLength(4);
  });

  it('reads a small body on the page’s thread, without starting a worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const file = await parseResponseOffThread(respond(JSON.stringify(buildDataFileInput(LIGHTHOUSE))), 'small.events.json');
    expect(file.events).toHaveLength(4);
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('still refuses a large body that is not JSON when the worker cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answer = () => 'fail to load';
    await expect(parseResponseOffThread(respond('{"version": 1,'.padEnd(OFF_THREAD_MIN_CHARS, ' ')), 'large.events.json'))
      .rejects.toHaveProperty('kind', 'json');
  });
});
