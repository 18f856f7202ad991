/**
 * The scorer's batch protocol: stdin a JSON array of {"docid","text","dct","dctValue"}, stdout a JSON array of
 * {"docid","timexes":[{"start","end","type","value"}]} in the same order. Bad input: a message on stderr, exit 2.
 */
import { tagTimexes } from '../extract/index.ts';

interface BatchDoc {
  docid: string;
  text: string;
  dct: string | null;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n`);
  process.exit(2);
}

function validateDocs(input: unknown): BatchDoc[] {
  if (!Array.isArray(input)) fail('stdin must be a JSON array of {"docid","text","dct"} objects');
  return input.map((doc: unknown, i: number) => {
    if (typeof doc !== 'object' || doc === null) fail(`item ${i} is not an object`);
    const { docid, text, dct } = doc as Record<string, unknown>;
    if (typeof text !== 'string') fail(`item ${i}: "text" must be a string`);
    if (dct !== null && dct !== undefined && (typeof dct !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(dct))) {
      fail(`item ${i}: "dct" must be YYYY-MM-DD or null, got ${JSON.stringify(dct)}`);
    }
    return { docid: typeof docid === 'string' ? docid : String(i), text, dct: typeof dct === 'string' ? dct.slice(0, 10) : null };
  });
}

async function main(): Promise<void> {
  const raw = await readStdin();
  if (raw.trim() === '') fail('no input on stdin (expected a JSON array)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    fail(`stdin is not valid JSON: ${(e as Error).message}`);
  }
  const docs = validateDocs(parsed);
  const out = docs.map((doc) => ({
    docid: doc.docid,
    timexes: tagTimexes(doc.text, { dct: doc.dct }).map(({ start, end, type, value }) => ({ start, end, type, value })),
  }));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

void main();
