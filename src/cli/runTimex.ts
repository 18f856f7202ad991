import { tagTimexes } from '../extract/index.ts';
import { explainBadReferenceDate } from '../extract/tag/referenceDate.ts';
import type { RunResult } from './runExtract.ts';

interface BatchDoc {
  docid: string;
  text: string;
  dct: string | null;
}

/** Bad input, reported as one line with exit code 2. */
class BatchError extends Error {
  override name = 'BatchError';
}

function validateDocs(input: unknown): BatchDoc[] {
  if (!Array.isArray(input)) throw new BatchError('stdin must be a JSON array of {"docid","text","dct"} objects');
  return input.map((doc: unknown, i: number) => {
    if (typeof doc !== 'object' || doc === null) throw new BatchError(`item ${i} is not an object`);
    const { docid, text, dct } = doc as Record<string, unknown>;
    if (typeof text !== 'string') throw new BatchError(`item ${i}: "text" must be a string`);
    if (dct !== null && dct !== undefined) {
      const why = typeof dct === 'string' ? explainBadReferenceDate(dct) : 'it is not a string';
      if (why !== null) throw new BatchError(`item ${i}: "dct" must be a real date as YYYY-MM-DD or null, got ${JSON.stringify(dct)}: ${why}`);
    }
    return { docid: typeof docid === 'string' ? docid : String(i), text, dct: typeof dct === 'string' ? dct.slice(0, 10) : null };
  });
}

/**
 * The scorer's batch protocol: `raw` is a JSON array of {"docid","text","dct"}; stdout a JSON array of
 * {"docid","timexes":[{"start","end","type","value"}]} in the same order. Bad input: one message, code 2; a document
 * the tagger fails on: one message naming it, code 1 (never a partial answer the scorer would count).
 */
export function runTimex(raw: string): RunResult {
  const fail = (code: number, message: string): RunResult => ({ code, stdout: '', stderr: `timex: ${message}\n` });
  if (raw.trim() === '') return fail(2, 'no input on stdin (expected a JSON array)');
  let docs: BatchDoc[];
  try {
    docs = validateDocs(JSON.parse(raw));
  } catch (error) {
    if (error instanceof BatchError) return fail(2, error.message);
    return fail(2, `stdin is not valid JSON: ${(error as Error).message}`);
  }
  const out = [];
  for (const doc of docs) {
    try {
      const timexes = tagTimexes(doc.text, { dct: doc.dct }).map(({ start, end, type, value }) => ({ start, end, type, value }));
      out.push({ docid: doc.docid, timexes });
    } catch (error) {
      return fail(1, `tagging document ${JSON.stringify(doc.docid)} failed (a bug in Dateline): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { code: 0, stdout: `${JSON.stringify(out)}\n`, stderr: '' };
}
