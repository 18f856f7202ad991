import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTimex } from '../../../src/cli/runTimex';
import { monthDateParser } from '../../../src/extract/tag/parsers/monthDate';

const batch = (dct: unknown) => JSON.stringify([{ docid: 'a', text: 'The city fell in May.', dct }]);

describe('npm run -s timex answers the scorer', () => {
  it('tags each document against its own reference date', () => {
    expect(runTimex(batch('2023-04-18'))).toEqual({
      code: 0, stderr: '', stdout: `${JSON.stringify([{ docid: 'a', timexes: [{ start: 17, end: 20, type: 'DATE', value: '2022-05' }] }])}\n`,
    });
  });

  it('uses X placeholders for a document without a reference date', () => {
    expect(JSON.parse(runTimex(batch(null)).stdout)).toEqual([{ docid: 'a', timexes: [{ start: 17, end: 20, type: 'DATE', value: 'XXXX-05' }] }]);
  });
});

describe('npm run -s timex refuses impossible reference dates', () => {
  it.each([
    ['2023-13-45', 'there is no month 13'],
    ['0000-00-00', 'there is no year 0000'],
    ['2023-02-30', '2023-02 has no day 30 (it has 28 days)'],
    ['yesterday', 'it is not written YYYY-MM-DD'],
  ])('exits 2 with one message for "dct": %j (%s)', (dct, why) => {
    expect(runTimex(batch(dct))).toEqual({
      code: 2, stdout: '', stderr: `timex: item 0: "dct" must be a real date as YYYY-MM-DD or null, got "${dct}": ${why}\n`,
    });
  });
});

describe('npm run -s timex when a rule has a bug', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('exits 1 naming the document instead of answering with no dates', () => {
    vi.spyOn(monthDateParser, 'extract').mockImplementation(() => {
      throw new Error('monthDate rule bug');
    });
    expect(runTimex(batch('2023-04-18'))).toEqual({
      code: 1, stdout: '', stderr: 'timex: tagging document "a" failed (a bug in Dateline): monthDate rule bug\n',
    });
  });
});
