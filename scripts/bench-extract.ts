/**
 * Extraction throughput: tagTimexes (the tagger) and extractArticle (segment → tag → events, the whole extractor) next
 * to chrono-node's own parse on the same ≥1 MB text in the same run, and the seed article's times (medians). Prints figures only; run with `npx tsx scripts/bench-extract.ts [seed.txt]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extractArticle, tagTimexes } from '../src/extract/index.ts';
import { parseSentence } from '../src/extract/events/parse/parseSentence.ts';
import { splitSentences } from '../src/extract/segment/splitSentences.ts';
import { adversarialSentence, adversarialText } from '../tests/unit/extract/events/adversarialText.ts';

const DCT = '2023-04-18';
const TARGET_BYTES = 1_200_000;

function findSeed(): string {
  const arg = process.argv[2];
  if (arg) return readFileSync(arg, 'utf8');
  for (const dir of ['data', '../shared/seeds']) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((f) => f.endsWith('.txt'));
    if (file) return readFileSync(join(dir, file), 'utf8');
  }
  throw new Error('no seed article found: pass its path as the first argument');
}

/** A small seeded PRNG (mulberry32) so the synthetic text is the same on every run. */
function makeRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['The ministry', 'Officials', 'The company', 'Rebel forces', 'The council', 'Investors', 'The court'];
const VERBS = ['announced', 'will announce', 'reported', 'denied', 'expects to finish', 'said it reviewed', 'postponed'];
const OBJECTS = ['the agreement', 'new figures', 'the offensive', 'a rescue plan', 'its quarterly results', 'the vote'];
const WHENS = ['on Friday', 'last week', 'in May', 'since March', 'two years ago', 'by the end of 2024', 'this morning',
  'in the third quarter', 'for 8-and-a-half months', 'earlier this month', 'on Oct. 12, 2021', 'at 9:25pm', 'in the 1990s',
  'after two months of fighting', 'next year', 'recently', '', '', ''];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function buildText(seed: string): string {
  const random = makeRandom(20230418);
  const parts: string[] = [];
  let size = 0;
  while (size < TARGET_BYTES) {
    parts.push(seed);
    size += seed.length;
    for (let i = 0; i < 40; i++) {
      const sentence = `${pick(SUBJECTS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)} ${pick(WHENS, random)}, costing $${Math.floor(random() * 900) + 100} million.`;
      parts.push(sentence.replace(' ,', ','));
      size += sentence.length + 1;
    }
  }
  return parts.join('\n');
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const seed = findSeed();
const text = buildText(seed);
const megabytes = new TextEncoder().encode(text).length / 1e6;
const reference = new Date(`${DCT}T12:00:00Z`);

tagTimexes(seed, { dct: DCT }); // warm up the regexes and the JIT once, as a long-lived worker would be
const tagMs = timeMs(() => tagTimexes(text, { dct: DCT }));
const chronoMs = timeMs(() => chrono.parse(text, reference));
const extractMs = timeMs(() => extractArticle(text, { published: DCT }));
const seedRunsMs = Array.from({ length: 15 }, () => timeMs(() => tagTimexes(seed, { dct: DCT })));
const seedExtractRunsMs = Array.from({ length: 15 }, () => timeMs(() => extractArticle(seed, { published: DCT })));

console.log(`text: ${megabytes.toFixed(2)} MB (seed article repeated + seeded synthetic sentences)`);
console.log(`tagTimexes:   ${(megabytes / (tagMs / 1000)).toFixed(2)} MB/s  (${tagMs.toFixed(0)} ms, ${tagTimexes(text, { dct: DCT }).length} timexes)`);
console.log(`extractArticle: ${(megabytes / (extractMs / 1000)).toFixed(2)} MB/s  (${extractMs.toFixed(0)} ms: paragraphs, mentions and events)`);
console.log(`chrono.parse: ${(megabytes / (chronoMs / 1000)).toFixed(2)} MB/s  (${chronoMs.toFixed(0)} ms)`);
console.log(`seed article: tagTimexes ${median(seedRunsMs).toFixed(2)} ms, extractArticle ${median(seedExtractRunsMs).toFixed(2)} ms (medians of 15 runs, ${seed.length} chars)`);

// What the parser (wink-nlp, titles of dated clauses) costs: it runs only on sentences that hold a date.
const timexStarts = tagTimexes(text, { dct: DCT }).filter((t) => t.type === 'DATE' || t.type === 'TIME').map((t) => t.start);
const datedSentences: [string, number, number][] = [];
let lineStart = 0;
let next = 0;
for (const line of text.split('\n')) {
  for (const { start, end } of splitSentences(line)) {
    while (next < timexStarts.length && timexStarts[next]! < lineStart + start) next++;
    if (next < timexStarts.length && timexStarts[next]! < lineStart + end) datedSentences.push([line, start, end]);
  }
  lineStart += line.length + 1;
}
parseSentence(seed, 0, Math.min(seed.length, 200)); // loads the model once, as the first dated sentence would
const parseMs = timeMs(() => { for (const [line, start, end] of datedSentences) parseSentence(line, start, end); });
console.log(`parser (wink-nlp on dated sentences only): ${datedSentences.length} sentences in ${parseMs.toFixed(0)} ms = ${(parseMs / datedSentences.length).toFixed(3)} ms a sentence, ${((parseMs / extractMs) * 100).toFixed(0)}% of extractArticle; loading the model once: ~70 ms`);

// Hostile input (tests/unit/extract/events/adversarial.test.ts guards these with limits in seconds).
const hostile = adversarialText(7, 1_000_000);
const hostileMs = timeMs(() => extractArticle(hostile, { published: DCT }));
const sentenceMs = Array.from({ length: 40 }, (_, i) => adversarialSentence(100 + i, 2_000)).map((s) => timeMs(() => extractArticle(s, { published: DCT })));
console.log(`adversarial: 1 MB in ${hostileMs.toFixed(0)} ms; 40 generated 2 kB sentences: median ${median(sentenceMs).toFixed(1)} ms, worst ${Math.max(...sentenceMs).toFixed(1)} ms`);
for (const [piece, times] of [['May 5 ', 100_000], ['between 2020 and ', 25_000], ['two weeks ago ', 25_000], ['for 8-and-a-half months has been ', 25_000]] as const) {
  const repeated = `LONDON (AP) — ${piece.repeat(times)}`;
  const ms = timeMs(() => extractArticle(repeated, { published: DCT }));
  console.log(`  'LONDON (AP) — ' + ${JSON.stringify(piece)} × ${times} (${(repeated.length / 1000).toFixed(0)} kB): extractArticle ${(ms / 1000).toFixed(2)} s`);
}
