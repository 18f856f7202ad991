import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/data/dataFileError';
import { resolveDataSource } from '../../../src/data/resolveDataSource';

const PAGE = 'https://dateline.example/app/index.html?x=1';

describe('resolveDataSource', () => {
  it('loads seed.events.json beside the app when the page names no file', () => {
    expect(resolveDataSource('', '/app/', PAGE)).toEqual({ url: 'https://dateline.example/app/seed.events.json', name: 'seed.events.json' });
  });

  it('loads a relative ?data= path from the app base', () => {
    expect(resolveDataSource('?data=fixtures/other.events.json', '/app/', PAGE)).toEqual({
      url: 'https://dateline.example/app/fixtures/other.events.json',
      name: 'fixtures/other.events.json',
    });
  });

  it('names a 100,000-character ?data= path by its first 60 characters in messages, and refuses a long foreign one the same way', () => {
    const path = `${'d'.repeat(100_000)}.json`;
    expect(resolveDataSource(`?data=${path}`, '/app/', PAGE).name).toBe(`${'d'.repeat(60)}…`);
    expect(() => resolveDataSource(`?data=https://evil.example/${'e'.repeat(100_000)}`, '/app/', PAGE)).toThrow(
      `The data parameter must be a relative path on this site, not "https://evil.example/${'e'.repeat(39)}…"`,
    );
  });

  it('allows a root-relative path on the same origin', () => {
    expect(resolveDataSource('?data=/files/x.json', '/app/', PAGE).url).toBe('https://dateline.example/files/x.json');
  });

  it('resolves a relative base against the page', () => {
    expect(resolveDataSource('', './', PAGE).url).toBe('https://dateline.example/app/seed.events.json');
  });
});

describe('resolveDataSource refuses paths that leave the site', () => {
  const refused = [
    ['https://evil.example/x.json', 'an absolute https URL'],
    ['HTTP://evil.example/x.json', 'an upper-case scheme'],
    ['//evil.example/x.json', 'a protocol-relative URL'],
    ['javascript:alert(1)', 'a javascript: URL'],
    ['data:application/json,{}', 'a data: URL'],
    ['\\\\evil.example\\x.json', 'a backslash path'],
    ['/\\evil.example/x.json', 'a slash-backslash path browsers read as another host'],
  ] as const;

  for (const [value, what] of refused) {
    it(`refuses ${what}`, () => {
      const search = `?data=${encodeURIComponent(value)}`;
      expect(() => resolveDataSource(search, '/', PAGE)).toThrow(DataFileError);
      expect(() => resolveDataSource(search, '/', PAGE)).toThrow(
        `The data parameter must be a relative path on this site, not ${JSON.stringify(value)}`,
      );
    });
  }

  it('refuses an empty ?data= with a hint', () => {
    expect(() => resolveDataSource('?data=', '/', PAGE)).toThrow(
      'The data parameter is empty: give a path on this site, such as ?data=other.events.json',
    );
  });
});
