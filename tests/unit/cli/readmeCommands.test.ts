// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const commandLines = readFileSync('README.md', 'utf8').split('\n').filter((line) => /^\s*npm run\b/.test(line));

describe('the README\'s commands write valid JSON', () => {
  it('shows how to write a data file to a file', () => {
    expect(commandLines.some((line) => /^npm run extract -- \S+ --out \S+/.test(line))).toBe(true);
    expect(commandLines.some((line) => /^npm run -s extract -- \S+ > \S+/.test(line))).toBe(true);
  });

  it('never redirects the stdout of npm run without -s, which would start the file with npm\'s banner', () => {
    const redirects = commandLines.filter((line) => /(?:^|\s)>\s*\S/.test(line.split('#')[0]!));
    expect(redirects.filter((line) => !/^npm run -s /.test(line))).toEqual([]);
  });
});
