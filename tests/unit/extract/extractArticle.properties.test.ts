import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, ExtractError } from '../../../src/extract/index';
import { DataFileSchema } from '../../../src/model/dataFile';

/** Pieces of news prose: dates, tenses, clause openers, captions and datelines, so random articles reach every stage. */
const PIECES = ['Russia annexed', 'the regions', 'in September', 'last month', 'today', 'on Friday', 'for 8-and-a-half months',
  'has been', 'will hold', 'elections', 'after two months of fighting', 'in May', ', which', ', and', 'then', 'Two weeks later,',
  'On 24 February 2022,', 'Within hours,', 'said that', 'the following month', 'Orthodox Easter', 'is preparing for a counteroffensive',
  '(AP Photo/Someone)', 'date 2023-04-18 World', '9:25pm', 'ISTANBUL (AP) —', '.', '"', '\u2019', '—', '😀', '\u0000', '<b>x</b>'];

const lineArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 25 }).map((words) => words.join(' '));
const articleArb = fc.array(lineArb, { minLength: 1, maxLength: 12 }).chain((lines) =>
  fc.constantFrom('\n', '\n\n', '\r\n').map((breakText) => lines.join(breakText)));

// PROPERTY_RUNS and PROPERTY_SEED let a long hunt run by hand; npm test keeps the default.
describe('extractArticle never breaks its contract', () => {
  it('turns 1,500 random articles into data files that pass the schema, or refuses them with an ExtractError', () => {
    fc.assert(fc.property(articleArb, (text) => {
      let file: unknown;
      try {
        file = extractArticle(text, { published: '2023-04-18', fileName: 'random.txt' });
      } catch (error) {
        // Refusing is allowed only with a message meant for people (e.g. an empty article).
        expect(error).toBeInstanceOf(ExtractError);
        return;
      }
      // The schema checks every source and mention against its paragraph, ids, values and EDTF.
      const result = DataFileSchema.safeParse(file);
      expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500), seed: Number(process.env.PROPERTY_SEED ?? 20230418) });
  }, 300_000);
});
