import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataFileSchema } from '../model/dataFile';
import { ExtractError, extractArticle } from '../extract/extractArticle';
import { ReferenceDateError } from '../extract/tag/referenceDate.ts';
import { applyCuration, CurationSchema } from '../extract/events/applyCuration';
import { EXTRACT_USAGE, parseExtractArgs, UsageError } from './parseExtractArgs';
import { InputError, readTextFile } from './readTextFile';

/** What a run printed and how it ended; the entry point turns it into streams and an exit code. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const GENERATOR = 'dateline extract (src/cli/extract.ts)';
const MAX_CURATION_BYTES = 200_000;

function formatIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `  at ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('\n');
}

function readCuration(path: string) {
  const text = readTextFile(path, 'curation file', MAX_CURATION_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`curation file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = CurationSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`curation file ${path} is malformed:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * `npm run extract -- <article.txt> [--published YYYY-MM-DD] [--out FILE] [--curation FILE]`: reads the article,
 * extracts its data file, applies the curated titles/categories, validates it against `DataFileSchema` and writes
 * it as pretty JSON (to FILE or stdout). Bad input ends with code 2 and one clear message on stderr; an extraction that
 * fails on a bug ends with code 1 and one message naming the article, never a stack trace or a half-written file.
 */
export function runExtract(argv: readonly string[]): RunResult {
  let stderr = '';
  try {
    const args = parseExtractArgs(argv);
    const text = readTextFile(args.input);
    let file;
    try {
      file = extractArticle(text, {
        fileName: basename(args.input),
        generator: GENERATOR,
        ...(args.published ? { published: args.published } : {}),
      });
    } catch (error) {
      if (error instanceof ExtractError || error instanceof ReferenceDateError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      return { code: 1, stdout: '', stderr: `${stderr}error: the extraction of ${args.input} failed (a bug in Dateline; please report it with the article): ${message}\n` };
    }
    if (args.curation) {
      const curated = applyCuration(file, readCuration(args.curation));
      file = curated.file;
      if (curated.unmatched.length > 0) stderr += `warning: curation entries matched no event: ${curated.unmatched.join(', ')}\n`;
    }
    const checked = DataFileSchema.safeParse(file);
    if (!checked.success) return { code: 1, stdout: '', stderr: `${stderr}internal error: the extracted data file is invalid:\n${formatIssues(checked.error)}\n` };
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (!args.out) return { code: 0, stdout: json, stderr };
    writeFileSync(args.out, json);
    return { code: 0, stdout: '', stderr: `${stderr}wrote ${args.out}: ${file.paragraphs.length} paragraphs, ${file.mentions.length} mentions, ${file.events.length} events\n` };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `${stderr}error: ${error.message}\n${EXTRACT_USAGE}\n` };
    if (error instanceof InputError || error instanceof ExtractError || error instanceof ReferenceDateError) return { code: 2, stdout: '', stderr: `${stderr}error: ${error.message}\n` };
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return { code: 2, stdout: '', stderr: `${stderr}error: cannot write output: ${(error as Error).message}\n` };
    throw error;
  }
}
