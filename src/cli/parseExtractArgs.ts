import { explainBadReferenceDate } from '../extract/tag/referenceDate.ts';

/** What `npm run extract` was asked to do. */
export interface ExtractArgs {
  input: string;
  published?: string;
  out?: string;
  curation?: string;
}

/** A command-line mistake, reported with the usage line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXTRACT_USAGE = 'usage: npm run extract -- <article.txt> [--published YYYY-MM-DD] [--out FILE] [--curation FILE]';
const OPTIONS = new Set(['--published', '--out', '--curation']);

function checkDay(value: string): string {
  // The tagger's own check, so that the CLI refuses exactly the dates the tagger cannot count from.
  const why = /^\d{4}-\d{2}-\d{2}$/.test(value) ? explainBadReferenceDate(value) : 'it is not written YYYY-MM-DD';
  if (why !== null) throw new UsageError(`--published expects a real date as YYYY-MM-DD, got ${JSON.stringify(value)}: ${why}`);
  return value;
}

/** Reads the arguments (`--name value` or `--name=value`); throws UsageError on anything unexpected. */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const inputs: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!OPTIONS.has(name)) throw new UsageError(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    values[name] = value;
  }
  if (inputs.length === 0) throw new UsageError('no article file given');
  if (inputs.length > 1) throw new UsageError(`one article at a time, got ${inputs.length}: ${inputs.join(', ')}`);
  const args: ExtractArgs = { input: inputs[0]! };
  if (values['--published'] !== undefined) args.published = checkDay(values['--published']);
  if (values['--out'] !== undefined) args.out = values['--out'];
  if (values['--curation'] !== undefined) args.curation = values['--curation'];
  return args;
}
