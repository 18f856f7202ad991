// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATOR, runExtract } from '../../../src/cli/runExtract';
import type { ExtractReply } from '../../../src/worker/extractMessages';
import { extractToJson } from '../../../src/worker/extractToJson';

const dir = mkdtempSync(join(tmpdir(), 'dateline-worker-'));
const SEED = readFileSync(join(__dirname, '../../../data/seed.txt'), 'utf8');
const BRIDGE = 'Harbour bridge reopens after repairs\n\nThe Portvale harbour bridge reopened to traffic on Tuesday after repairs that began in September 2022.\n\nThe council will vote on a new toll in May.\n';

function cliJson(name: string, text: string, published: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  const result = runExtract([path, '--published', published]);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** Loads the worker entry against a stand-in worker scope and runs one extraction through its messages. */
async function runWorkerEntry(request: object): Promise<ExtractReply[]> {
  const replies: ExtractReply[] = [];
  let onMessage: ((event: { data: unknown }) => void) | undefined;
  vi.stubGlobal('self', {
    postMessage: (message: ExtractReply) => replies.push(message),
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => (onMessage = listener),
  });
  vi.resetModules();
  await import('../../../src/worker/extractWorker');
  onMessage!({ data: { type: 'extract', request } });
  await vi.waitFor(() => expect(['done', 'saved', 'failed']).toContain(replies.at(-1)?.type));
  return replies;
}

afterEach(() => vi.unstubAllGlobals());

describe('the worker and the CLI make the same data file', () => {
  it('is byte-identical JSON for the seed article and its publication date', () => {
    const fromCli = cliJson('seed.txt', SEED, '2023-04-18');
    const fromWorker = extractToJson({ text: SEED, published: '2023-04-18', fileName: 'seed.txt', generator: GENERATOR });
    expect(fromWorker.json).toBe(fromCli);
    expect(fromWorker.eventCount).toBe(JSON.parse(fromCli).events.length);
  });

  it('is byte-identical through the worker entry itself, messages and all', async () => {
    const fromCli = cliJson('bridge.txt', BRIDGE, '2024-03-14');
    const replies = await runWorkerEntry({ text: BRIDGE, published: '2024-03-14', fileName: 'bridge.txt', generator: GENERATOR });
    const done = replies.at(-1);
    expect(done?.type).toBe('done');
    expect(done?.type === 'done' && done.result.json).toBe(fromCli);
  });

  it('reports progress in whole percents that only rise, below 100 until the result', async () => {
    const replies = await runWorkerEntry({ text: SEED, published: '2023-04-18' });
    const percents = replies.flatMap((r) => (r.type === 'progress' ? [r.percent] : []));
    expect(percents[0]).toBe(25);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBe(percents.length);
    expect(Math.max(...percents)).toBe(85);
    expect(replies.at(-1)?.type).toBe('done');
  });

  it('answers a text it cannot use with the extractor’s message', async () => {
    const replies = await runWorkerEntry({ text: 'No date anywhere in this text.' });
    expect(replies).toEqual([{ type: 'failed', message: 'no publication date: the article has no dateline with a date; pass --published YYYY-MM-DD' }]);
  });
});

describe('extractToJson', () => {
  it('puts the confirmed headline and source into the article', () => {
    const { json } = extractToJson({ text: BRIDGE, published: '2024-03-14', title: 'Bridge open again', credit: 'Portvale Post' });
    expect(JSON.parse(json).article).toEqual({ id: 'harbour-bridge-reopens-after-repairs', title: 'Bridge open again', published: '2024-03-14', credit: 'Portvale Post' });
  });

  it('opens a text without a single date with no events', () => {
    const { json, eventCount } = extractToJson({ text: 'Quiet street\n\nNothing happened on this street.', published: '2024-03-14' });
    expect([eventCount, JSON.parse(json).paragraphs.length]).toEqual([0, 2]);
  });
});
