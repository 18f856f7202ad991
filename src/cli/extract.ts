import { runExtract } from './runExtract';

// Node entry of `npm run extract`; everything testable lives in runExtract.
const result = runExtract(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
