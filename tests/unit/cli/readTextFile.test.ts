// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, MAX_ARTICLE_BYTES, readTextFile } from '../../../src/cli/readTextFile';

const dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));

/** Runs `npm run extract` as a user would, in a child process that is killed if it blocks. */
function runExtractCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8', timeout: 30_000, maxBuffer: 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('readTextFile reads only regular files of bounded size', () => {
  it('allows articles up to 10 MB, as the app does', () => {
    expect(MAX_ARTICLE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('reads a file of exactly the limit and refuses one byte more', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'a'.repeat(100));
    expect(readTextFile(ok, 'article', 100)).toBe('a'.repeat(100));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'a'.repeat(101));
    expect(() => readTextFile(big, 'article', 100)).toThrow(new InputError(`article ${big} is too large (101 bytes; at most 100 bytes)`));
  });

  it('refuses a device before reading from it', () => {
    expect(() => readTextFile('/dev/zero')).toThrow(new InputError('cannot read article /dev/zero: it is a device, not a regular file'));
  });
});

describe('npm run extract on what is not a regular file', () => {
  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(runExtractCli(fifo)).toEqual({ status: 2, stdout: '', stderr: `error: cannot read article ${fifo}: it is a named pipe, not a regular file\n` });
  }, 40_000);

  it('refuses /dev/zero instead of reading it into memory without end', () => {
    expect(runExtractCli('/dev/zero')).toEqual({ status: 2, stdout: '', stderr: 'error: cannot read article /dev/zero: it is a device, not a regular file\n' });
  }, 40_000);
});
