// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../../src/cli/runExtract';
import { EXTRACT_USAGE } from '../../../src/cli/parseExtractArgs';
import { MAX_ARTICLE_BYTES } from '../../../src/cli/readTextFile';
import { monthDateParser } from '../../../src/extract/tag/parsers/monthDate';

const dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('runExtract', () => {
  it('prints a data file for an article without dateline when --published is given', () => {
    const path = file('plain.txt', 'Storm hits coast\nThe storm reached the coast yesterday.\n');
    const result = runExtract([path, '--published', '2024-02-20']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const data = JSON.parse(result.stdout);
    expect([data.version, data.article, data.events.map((e: { start: string }) => e.start)]).toEqual([
      1, { id: 'plain', title: 'Storm hits coast', published: '2024-02-20' }, ['2024-02-19'],
    ]);
  });

  it('writes to --out and says what it wrote', () => {
    const path = file('dated.txt', 'March 3, 2024\nVote set\nThe vote was held on Friday.\n');
    const out = join(dir, 'dated.json');
    expect(runExtract([path, `--out=${out}`])).toEqual({ code: 0, stdout: '', stderr: `wrote ${out}: 3 paragraphs, 2 mentions, 1 events\n` });
  });

  it('warns about curation entries that match no event', () => {
    const path = file('cur.txt', 'The vote was held on Friday.\n');
    const curation = file('cur.json', JSON.stringify({ events: [{ quote: 'no such words', title: 'X' }] }));
    const result = runExtract([path, '--published', '2024-03-03', '--curation', curation]);
    expect([result.code, result.stderr]).toEqual([0, 'warning: curation entries matched no event: quote "no such words"\n']);
  });
});

describe('runExtract errors', () => {
  const fail = (argv: string[]) => {
    const result = runExtract(argv);
    return [result.code, result.stdout, result.stderr];
  };

  it('names a missing file', () => {
    expect(fail([join(dir, 'missing.txt')])).toEqual([2, '', `error: cannot read article ${join(dir, 'missing.txt')}: no such file\n`]);
  });

  it('refuses a directory', () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    expect(fail([join(dir, 'folder')])).toEqual([2, '', `error: cannot read article ${join(dir, 'folder')}: it is a directory\n`]);
  });

  it('refuses an empty article', () => {
    expect(fail([file('empty.txt', ' \n\n')])).toEqual([2, '', 'error: the article is empty\n']);
  });

  it('asks for --published when no dateline gives a date', () => {
    expect(fail([file('nodate.txt', 'The vote was held on Friday.\n')])).toEqual([
      2, '', 'error: no publication date: the article has no dateline with a date; pass --published YYYY-MM-DD\n',
    ]);
  });

  it('refuses binary junk', () => {
    const path = file('junk.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    expect(fail([path])).toEqual([2, '', `error: article ${path} is not text (it contains NUL bytes)\n`]);
  });

  it('refuses text that is mostly control characters', () => {
    const path = file('ctrl.txt', '\u0001\u0002\u0003 abc\u0004');
    expect(fail([path])).toEqual([2, '', `error: article ${path} is not UTF-8 text (4 control or undecodable characters)\n`]);
  });

  it('refuses a file over 10 MB at once instead of working on it', () => {
    const path = file('huge.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1));
    expect(fail([path])).toEqual([2, '', `error: article ${path} is too large (${MAX_ARTICLE_BYTES + 1} bytes; at most 10 MB)\n`]);
  }, 20_000);

  it('explains usage for no file, two files, unknown options and bad dates', () => {
    expect(fail([])).toEqual([2, '', `error: no article file given\n${EXTRACT_USAGE}\n`]);
    expect(fail(['a.txt', 'b.txt'])).toEqual([2, '', `error: one article at a time, got 2: a.txt, b.txt\n${EXTRACT_USAGE}\n`]);
    expect(fail(['a.txt', '--verbose'])).toEqual([2, '', `error: unknown option --verbose\n${EXTRACT_USAGE}\n`]);
    expect(fail(['a.txt', '--published', '2023-02-30'])).toEqual([2, '', `error: --published expects a real date as YYYY-MM-DD, got "2023-02-30": 2023-02 has no day 30 (it has 28 days)\n${EXTRACT_USAGE}\n`]);
    expect(fail(['a.txt', '--out'])).toEqual([2, '', `error: --out needs a value\n${EXTRACT_USAGE}\n`]);
  });

  it.each([
    ['0000-01-01', 'there is no year 0000'],
    ['2023-13-45', 'there is no month 13'],
    ['yesterday', 'it is not written YYYY-MM-DD'],
  ])('refuses the impossible publication date %s: %s', (date, why) => {
    const path = file('pub.txt', 'The vote was held on Friday.\n');
    expect(fail([path, '--published', date])).toEqual([2, '', `error: --published expects a real date as YYYY-MM-DD, got "${date}": ${why}\n${EXTRACT_USAGE}\n`]);
  });

  it('rejects a malformed curation file with the path of the problem', () => {
    const article = file('c.txt', 'The vote was held on Friday.\n');
    const curation = file('bad.json', JSON.stringify({ events: [{ quote: 'vote', start: '2020' }] }));
    const [code, , stderr] = fail([article, '--published', '2024-03-03', '--curation', curation]);
    expect(code).toBe(2);
    expect(String(stderr).split('\n')[0]).toBe(`error: curation file ${curation} is malformed:`);
    expect(String(stderr)).toContain('at events.0');
  });

  it('rejects a curation file that is not JSON', () => {
    const article = file('d.txt', 'The vote was held on Friday.\n');
    const curation = file('bad2.json', '{ nope');
    const [code, , stderr] = fail([article, '--published', '2024-03-03', '--curation', curation]);
    expect(code).toBe(2);
    expect(String(stderr)).toMatch(new RegExp(`^error: curation file ${curation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: `));
  });
});

describe('runExtract when the extractor has a bug', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ends with code 1 and one message naming the article, and writes nothing', () => {
    vi.spyOn(monthDateParser, 'extract').mockImplementation(() => {
      throw new Error('monthDate rule bug');
    });
    const path = file('bug.txt', 'The vote was held in May.\n');
    const out = join(dir, 'bug.json');
    const result = runExtract([path, '--published', '2024-03-03', '--out', out]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      1, '', `error: the extraction of ${path} failed (a bug in Dateline; please report it with the article): monthDate rule bug\n`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
