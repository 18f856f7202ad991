import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `tsx src/cli/timex.ts` with `stdin`; slow-ish (a Node start), so kept to a few cases. */
function runCli(stdin: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src/cli/timex.ts'], { input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run timex (the scorer batch protocol)', () => {
  it('answers a batch with one result per document, in order, with offsets, types and values', () => {
    const input = JSON.stringify([
      { docid: 'a', text: 'The city fell in May.', dct: '2023-04-18', dctValue: '2023-04-18' },
      { docid: 'b', text: 'No dates here.', dct: null },
    ]);
    const r = runCli(input);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { docid: 'a', timexes: [{ start: 17, end: 20, type: 'DATE', value: '2022-05' }] },
      { docid: 'b', timexes: [] },
    ]);
  }, 60_000);

  it('exits 2 with a message on stderr when stdin is not JSON', () => {
    const r = runCli('not json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^timex: stdin is not valid JSON/);
    expect(r.stdout).toBe('');
  }, 60_000);

  it('exits 2 when an item has no text', () => {
    const r = runCli(JSON.stringify([{ docid: 'x', dct: '2023-04-18' }]));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('timex: item 0: "text" must be a string\n');
  }, 60_000);
});
