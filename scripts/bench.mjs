// `npm run bench`: prints Dateline's figures — what the first page downloads, how fast the browser shows the
// timeline and answers a click, and how fast the extractor runs. It never asserts a timing; it reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { computeMedian, measureBrowser } from './bench-browser.mjs';
import { measureFirstPageModules, printFirstPageModules } from './bench-first-page-modules.mjs';
import { printFirstPageBreakdown } from './bench-first-page-trace.mjs';
import { measureLibrary, printLibrary } from './bench-library.mjs';
import { measureTimelineScaling, printTimelineScaling } from './bench-timeline.mjs';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST_DIR = join(ROOT_DIR, 'dist');
const DATA_FILE_NAME = 'seed.events.json';
const BUNDLE_GOAL_BYTES = 100_000;
// First-page JS before the library and the worker (issue 6): 122,724 bytes (zlib level 9) at commit 6eda020; it may grow ±2 kB.
const JS_BEFORE_LIBRARY_BYTES = 122_724;
const RUNS = 5;

const formatKb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const formatMs = (ms) => `${ms.toFixed(1)} ms`;
const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Left-aligned first column, right-aligned figures, one line per row; a null row draws a rule. */
function printTable(title, header, rows) {
  const all = [header, ...rows.filter(Boolean)];
  const widths = header.map((_, column) => Math.max(...all.map((row) => String(row[column] ?? '').length)));
  const formatRow = (row) =>
    row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('   ');
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width, 0) + 3 * (widths.length - 1));
  console.log(`\n${title}`);
  console.log(formatRow(header));
  console.log(rule);
  for (const row of rows) console.log(row ? formatRow(row) : rule);
}

function runBuild() {
  // Hidden source maps (not linked from the JS) let the bench say which modules make up the first page.
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', 'hidden'], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npx vite build failed (exit code ${build.status})`);
}

/** The JS and CSS files dist/index.html makes the browser load before anything else, in document order. */
function listFirstLoadAssets(indexHtml) {
  const assets = [];
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attribute = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attribute('rel')?.toLowerCase();
    const url = isScript ? attribute('src') : ['stylesheet', 'modulepreload'].includes(rel ?? '') ? attribute('href') : undefined;
    if (url && !/^(?:https?:)?\/\//.test(url) && !assets.includes(url)) assets.push(url);
  }
  return assets;
}

function measureBundle() {
  const indexHtml = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const files = listFirstLoadAssets(indexHtml).map((url) => {
    const buffer = readFileSync(join(DIST_DIR, url.replace(/^\//, '')));
    return { url, rawBytes: buffer.length, gzipBytes: gzipBytes(buffer) };
  });
  const dataPath = join(DIST_DIR, DATA_FILE_NAME);
  const data = existsSync(dataPath) ? readFileSync(dataPath) : null;
  const modules = measureFirstPageModules(DIST_DIR, files.filter((file) => file.url.endsWith('.js')).map((file) => file.url));
  return { files, modules, data: data && { rawBytes: data.length, gzipBytes: gzipBytes(data) } };
}

function printBundle({ files, modules, data }) {
  const totalRaw = files.reduce((sum, file) => sum + file.rawBytes, 0);
  const totalGzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  const verdict = totalGzip <= BUNDLE_GOAL_BYTES ? 'within the goal' : 'OVER the goal';
  printTable('First page load: JS and CSS linked from dist/index.html (gzip level 9, 1 kB = 1000 bytes)', ['file', 'raw', 'gzip'], [
    ...files.map((file) => [file.url, formatKb(file.rawBytes), formatKb(file.gzipBytes)]),
    null,
    ['total JS + CSS', formatKb(totalRaw), formatKb(totalGzip)],
  ]);
  console.log(`Goal ≤ ${formatKb(BUNDLE_GOAL_BYTES)} gzip: ${verdict}.`);
  const jsGzip = files.filter((file) => file.url.endsWith('.js')).reduce((sum, file) => sum + file.gzipBytes, 0);
  const growth = jsGzip - JS_BEFORE_LIBRARY_BYTES;
  console.log(`First-page JS ${formatKb(jsGzip)} gzip; ${formatKb(JS_BEFORE_LIBRARY_BYTES)} before the library, the worker, the editor and the timeline at scale: ${growth >= 0 ? '+' : ''}${formatKb(growth)}.`);
  // Extraction must stay off the first page (issue: ±2 kB): name the worker chunk and say whether the page links it.
  const worker = readdirSync(join(DIST_DIR, 'assets')).find((name) => /^extractWorker-.*\.js$/.test(name));
  const linked = worker !== undefined && files.some((file) => file.url.endsWith(worker));
  console.log(worker
    ? `Extractor + chrono-node + language model: ${worker}, ${formatKb(gzipBytes(readFileSync(join(DIST_DIR, 'assets', worker))))} gzip, ${linked ? 'LINKED FROM THE FIRST PAGE' : 'loaded on first use only'}.`
    : 'Extractor worker chunk: not found in dist/assets.');
  printFirstPageModules(modules, printTable, formatKb);
  console.log('For comparison: vis-timeline ~158 kB gzip, react-chrono ~77 kB gzip + React.');
  console.log(data
    ? `Data file ${DATA_FILE_NAME} (fetched at run time, not counted above): ${formatKb(data.rawBytes)} raw, ${formatKb(data.gzipBytes)} gzip`
    : `Data file ${DATA_FILE_NAME}: missing from dist/ (is data/${DATA_FILE_NAME} generated?)`);
}

function printBrowser(figures) {
  const row = (label, values) => [label, formatMs(computeMedian(values)), formatMs(Math.min(...values)), formatMs(Math.max(...values)), String(values.length)];
  printTable(`Browser: headless ${figures.chromium} on vite preview (${figures.url})`, ['measure', 'median', 'min', 'max', 'n'], [
    row('navigation start → first event mark attached', figures.firstMarkMs),
    row('click on a mark → source highlight in the DOM', figures.clickToHighlightDomMs),
    row('click on a mark → next animation frame after it', figures.clickToHighlightFrameMs),
  ]);
  printFirstPageBreakdown(figures.firstPageBreakdown, printTable, formatMs);
}

/** The extractor's own bench (throughput vs chrono-node, seed time), passed through as it prints. */
function runExtractBench() {
  const script = join(ROOT_DIR, 'scripts', 'bench-extract.ts');
  console.log('\nExtraction (scripts/bench-extract.ts)');
  if (!existsSync(script)) {
    console.log('  skipped: scripts/bench-extract.ts does not exist yet');
    return true;
  }
  const run = spawnSync('npx', ['tsx', script], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (run.status !== 0) console.log(`  failed: npx tsx scripts/bench-extract.ts exited with code ${run.status}`);
  return run.status === 0;
}

async function main() {
  console.log('Dateline bench: figures only, no timing is asserted.');
  runBuild();
  printBundle(measureBundle());
  let ok = true;
  try {
    printBrowser(await measureBrowser({ runs: RUNS, clicks: RUNS }));
  } catch (error) {
    ok = false;
    console.log(`\nBrowser figures unavailable: ${error.message}`);
  }
  try {
    printLibrary(await measureLibrary(), printTable);
  } catch (error) {
    ok = false;
    console.log(`\nLibrary figures unavailable: ${error.message}`);
  }
  try {
    printTimelineScaling(await measureTimelineScaling({ runs: 3 }), printTable);
  } catch (error) {
    ok = false;
    console.log(`\nTimeline-at-scale figures unavailable: ${error.message}`);
  }
  console.log('\nStory across the library (scripts/bench-story.ts)');
  ok = spawnSync('npx', ['tsx', join(ROOT_DIR, 'scripts', 'bench-story.ts')], { cwd: ROOT_DIR, stdio: 'inherit' }).status === 0 && ok;
  ok = runExtractBench() && ok;
  console.log('\nTagger on hostile repetitions (scripts/bench-tagger-hostile.ts)');
  ok = spawnSync('npx', ['tsx', join(ROOT_DIR, 'scripts', 'bench-tagger-hostile.ts')], { cwd: ROOT_DIR, stdio: 'inherit' }).status === 0 && ok;
  if (!ok) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
