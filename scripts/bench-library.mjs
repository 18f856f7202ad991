// Library figures for `npm run bench`: the extraction worker's time on the seed and on 1 MB, and the longest
// main-thread task (PerformanceObserver 'longtask') while a 5 MB paste is extracted, saved and opened.
// Prints figures only. Run alone: `node scripts/bench-library.mjs` (after a build).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { computeMedian, withPreviewBrowser } from './bench-browser.mjs';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const PREFERRED_PORT = 4198;
const SEED_PUBLISHED = '2023-04-18';

/** The seed repeated (each copy its own paragraphs) up to `chars` characters. */
function repeatText(text, chars) {
  const copies = [];
  for (let length = 0; length < chars; length += text.length + 2) copies.push(text);
  return copies.join('\n\n');
}

/** In the page: one extraction in a fresh module worker, as the app runs it; ms from start to result. */
function timeWorkerRun({ workerUrl, text, published }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const worker = new Worker(workerUrl, { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') return;
      worker.terminate();
      if (data.type === 'done') resolve({ ms: performance.now() - start, events: data.result.eventCount });
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ type: 'extract', request: { text, published } });
  });
}

/** Installed before any page script: every long task with its start time. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
  }).observe({ type: 'longtask' });
  // The moment the app names the saved article in the URL, told apart from when the bench notices it.
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#article=')) window.__articleAt ??= performance.now();
  });
}

async function measureWorker(page, workerUrl, text, runs) {
  const figures = [];
  let events = 0;
  for (let run = 0; run < runs; run++) {
    const result = await page.evaluate(timeWorkerRun, { workerUrl, text, published: SEED_PUBLISHED });
    figures.push(result.ms);
    events = result.events;
  }
  return { figures, events, chars: text.length };
}

/** Pastes 5 MB into the add-article form, extracts, and reads the long tasks of each phase. */
async function measureFiveMegabytes(page, url, text) {
  await page.goto(`${url}#library`);
  await page.getByRole('button', { name: 'Add article' }).first().click();
  await page.getByLabel('Paste the article').evaluate((area, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByLabel('Publication date').fill(SEED_PUBLISHED);
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Extract the timeline' }).click();
  await page.waitForURL(/#article=/, { timeout: 120_000 });
  const openedAt = await page.evaluate(() => window.__articleAt);
  await page.locator('[role=button][data-event-id]').first().waitFor({ timeout: 120_000 });
  const drawnAt = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => window.__longTasks);
  if (process.env.BENCH_VERBOSE) console.log({ clickedAt, openedAt, drawnAt, tasks });
  const longest = (from, to) => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.ms));
  return {
    extractingMs: openedAt - clickedAt,
    longestWhileExtractingMs: longest(clickedAt, openedAt),
    openingMs: drawnAt - openedAt,
    longestWhileOpeningMs: longest(openedAt, drawnAt),
  };
}

/** The worker and the 5 MB paste, measured in headless Chromium on dist/. */
export async function measureLibrary({ runs = 3 } = {}) {
  const workerFile = readdirSync(join(ROOT_DIR, 'dist', 'assets')).find((name) => /^extractWorker-.*\.js$/.test(name));
  if (!workerFile) throw new Error('dist/assets has no extractWorker-*.js: run `npx vite build` first');
  const seed = readFileSync(join(ROOT_DIR, 'data', 'seed.txt'), 'utf8');
  return withPreviewBrowser(PREFERRED_PORT, async ({ browser, url }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordLongTasks);
    await page.goto(url);
    const workerUrl = `${url}assets/${workerFile}`;
    const seedRun = await measureWorker(page, workerUrl, seed, runs);
    const megabyteRun = await measureWorker(page, workerUrl, repeatText(seed, 1_000_000), runs);
    const fiveMb = await measureFiveMegabytes(page, url, repeatText(seed, 5_000_000));
    return { seedRun, megabyteRun, fiveMb };
  });
}

const formatMs = (ms) => `${ms.toFixed(0)} ms`;

/** Prints the figures as the main bench does. */
export function printLibrary({ seedRun, megabyteRun, fiveMb }, printTable) {
  const row = (label, run) => [label, `${(run.chars / 1000).toFixed(0)} k chars`, formatMs(computeMedian(run.figures)), formatMs(Math.min(...run.figures)), formatMs(Math.max(...run.figures)), String(run.figures.length)];
  printTable('Extraction in the browser worker (fresh module worker per run: load + extract + result to the page)', ['text', 'size', 'median', 'min', 'max', 'n'], [
    row('seed article', seedRun),
    row('seed repeated to 1 MB', megabyteRun),
  ]);
  printTable('5 MB paste through the add-article form (longest main-thread task, PerformanceObserver longtask; goal ≤ 50 ms)', ['phase', 'took', 'longest task'], [
    ['Extract clicked → saved, URL names the article', formatMs(fiveMb.extractingMs), formatMs(fiveMb.longestWhileExtractingMs)],
    ['saved → first event mark drawn', formatMs(fiveMb.openingMs), formatMs(fiveMb.longestWhileOpeningMs)],
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureLibrary()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((error) => {
      console.error(`bench-library: ${error.message}`);
      process.exitCode = 1;
    });
}
