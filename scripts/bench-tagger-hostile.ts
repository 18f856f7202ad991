/**
 * The tagger on hostile repetitions (issue 10 #8 and #9): seconds for each text, printed, never asserted. The hang
 * guards live in tests/unit/extract/tag/adversarial.test.ts. Run with `npx tsx scripts/bench-tagger-hostile.ts [n]`.
 */
import { tagTimexes } from '../src/extract/index.ts';

const DCT = '2023-04-18';
const n = Number(process.argv[2] ?? 100_000);
const TEXTS: readonly [string, string][] = [
  ["'last '", 'last '.repeat(n)],
  ["'LONDON (AP) — ' + 'May 5 '", `LONDON (AP) — ${'May 5 '.repeat(n)}`],
  ["'between 2020 and '", 'between 2020 and '.repeat(n)],
  ["'two weeks ago '", 'two weeks ago '.repeat(n)],
  ["'for 8-and-a-half months has been '", 'for 8-and-a-half months has been '.repeat(n)],
];

tagTimexes('It rained on Friday.', { dct: DCT }); // warm up once
for (const [name, text] of TEXTS) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const count = tagTimexes(text, { dct: DCT }).length;
  const seconds = (performance.now() - start) / 1000;
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`tagTimexes ${name} × ${n.toLocaleString('en')}: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s; ${(text.length / 1e6).toFixed(2)} MB, ${count} timexes)`);
}
