import { runTimex } from './runTimex.ts';

// Node entry of `npm run -s timex` (the scorer's batch tagger); everything testable lives in runTimex.
const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const result = runTimex(Buffer.concat(chunks).toString('utf8'));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
});
