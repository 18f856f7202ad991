import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/data/dataFileError';
import { formatIssuePath, parseDataFile } from '../../../src/data/parseDataFile';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

const valid = () => buildDataFileInput(LIGHTHOUSE);

/** The error parseDataFile throws for a text, for asserting kind and message together. */
function failureOf(text: string, fileName = 'seed.events.json'): { kind: string; message: string } {
  try {
    parseDataFile(text, fileName);
  } catch (error) {
    if (error instanceof DataFileError) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('parseDataFile accepted the text');
}

describe('parseDataFile', () => {
  it('returns the validated file with schema defaults applied', () => {
    const input = valid();
    delete (input.events[0] as { why?: string[] }).why;
    const file = parseDataFile(JSON.stringify(input), 'seed.events.json');
    expect(file.article.title).toBe('Harbour town reopens its old lighthouse');
    expect(file.events.map((e) => e.id)).toEqual(['reopening', 'lamp-removed', 'restoration', 'festival']);
    expect(file.events[0]!.why).toEqual([]);
  });
});

describe('formatIssuePath', () => {
  it('writes array indices in brackets and keys with dots', () => {
    expect(formatIssuePath(['events', 3, 'sources', 0, 'text'])).toBe('events[3].sources[0].text');
  });

  it('names the whole file when the path is empty', () => {
    expect(formatIssuePath([])).toBe('(the whole file)');
  });
});

describe('parseDataFile rejects bad files with what and where', () => {
  it('reports invalid JSON with the parser’s own reason', () => {
    const text = '{"version": 1, oops}';
    let reason = '';
    try {
      JSON.parse(text);
    } catch (error) {
      reason = (error as Error).message;
    }
    expect(failureOf(text)).toEqual({ kind: 'json', message: `seed.events.json is not valid JSON: ${reason}` });
  });

  it('reports an HTML page (a dev server fallback) as not JSON', () => {
    expect(failureOf('<!doctype html><html></html>', 'missing.json')).toEqual({
      kind: 'json',
      message: 'missing.json is not valid JSON: the server sent an HTML page (is the path right?)',
    });
  });

  it('reports an unknown version before checking anything else', () => {
    expect(failureOf(JSON.stringify({ ...valid(), version: 7, paragraphs: 'nonsense' }))).toEqual({
      kind: 'version',
      message: 'Unknown data file version 7: this build reads version 1',
    });
  });

  it('quotes a version of the wrong type as JSON', () => {
    expect(failureOf(JSON.stringify({ ...valid(), version: '1' })).message).toBe('Unknown data file version "1": this build reads version 1');
  });

  it('reports a missing version', () => {
    const { version: _version, ...rest } = valid();
    expect(failureOf(JSON.stringify(rest))).toEqual({ kind: 'version', message: 'The data file has no version: this build reads version 1' });
  });

  it('reports a quote that does not match its paragraph with the schema path', () => {
    const input = valid();
    input.events[2]!.sources[0]!.text = 'Work began in May 2018';
    expect(failureOf(JSON.stringify(input))).toEqual({
      kind: 'schema',
      message:
        'The data file does not match the schema: events[2].sources[0].text: quote "Work began in May 2018" does not match the paragraph text "Work began in March 2018"',
    });
  });

  it('reports a missing field with its path and counts the other problems', () => {
    const input = valid() as unknown as { article: Record<string, unknown>; paragraphs: Record<string, unknown>[] };
    delete input.article.published;
    input.paragraphs[0]!.kind = 'sidebar';
    const { kind, message } = failureOf(JSON.stringify(input));
    expect(kind).toBe('schema');
    expect(message).toBe(
      'The data file does not match the schema: article.published: Invalid input: expected string, received undefined (and 1 more problem)',
    );
  });

  it('reports a file that is not an object at all', () => {
    expect(failureOf('[1, 2]')).toEqual({
      kind: 'schema',
      message: 'The data file does not match the schema: (the whole file): Invalid input: expected object, received array',
    });
  });
});
