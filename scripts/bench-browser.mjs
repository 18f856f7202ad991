// Browser figures for `npm run bench`: time to the first event mark and click-to-highlight latency,
// measured inside the page with performance.now() in headless Debian Chromium against `vite preview`.
// Prints figures only; nothing here asserts a timing. Run alone: `node scripts/bench-browser.mjs` (after a build).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import chromiumSettings from './chromium.json' with { type: 'json' };
import { measureFirstPageBreakdown } from './bench-first-page-trace.mjs';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const PREFERRED_PORT = 4199;
const MARK_SELECTOR = '[role=button][data-event-id]';
const HIGHLIGHT_SELECTOR = 'mark[data-testid=source-highlight]';

/** The same Chromium and flags as the end-to-end tests. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath,
  args: chromiumSettings.args,
};

/** The middle value; the mean of the two middle values for an even count. */
export function computeMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The preferred port when free, otherwise one the OS hands out. */
export async function findFreePort(preferred) {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` in its own process group so that stopping it also stops anything it spawned. */
export function startPreviewServer(port) {
  const viteBin = join(ROOT_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const server = spawn(process.execPath, args, {
    cwd: ROOT_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  return { server, readOutput: () => output };
}

export function stopPreviewServer(server) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone: nothing to stop.
  }
}

export async function waitForServer(url, server, readOutput, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}:\n${readOutput()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${readOutput()}`);
}

/** Injected before any page script: records performance.now() when the first event mark is attached. */
export function recordFirstMark(selector) {
  const record = () => {
    if (window.__benchFirstMarkMs !== undefined || !document.querySelector(selector)) return;
    window.__benchFirstMarkMs = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(record);
  observer.observe(document, { childList: true, subtree: true });
}

/** Milliseconds from navigation start to the first event mark, one fresh browser context per run. */
async function measureFirstMarkMs(browser, url, runs) {
  const figures = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordFirstMark, MARK_SELECTOR);
      await page.goto(url);
      await page.waitForFunction(() => window.__benchFirstMarkMs !== undefined, undefined, { timeout: 30_000 });
      figures.push(await page.evaluate(() => window.__benchFirstMarkMs));
    } finally {
      await context.close();
    }
  }
  return figures;
}

/**
 * Arms an in-page probe: the next click starts the clock; it stops when the highlight shows the expected
 * quote in the expected paragraph (DOM), and again at the following animation frame (about when it is painted).
 */
function armHighlightProbe({ selector, paragraphId, quote }) {
  window.__benchLatency = new Promise((resolve, reject) => {
    let clickMs = null;
    const isShown = () =>
      [...document.querySelectorAll(selector)].some(
        (mark) => mark.textContent === quote && mark.closest('[data-paragraph-id]')?.getAttribute('data-paragraph-id') === paragraphId,
      );
    const check = () => {
      if (clickMs === null || !isShown()) return;
      const domMs = performance.now() - clickMs;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ domMs, frameMs: performance.now() - clickMs }));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no highlight of ${JSON.stringify(quote)} within 10 s of the click`));
    }, 10_000);
    // Capture on window runs before React's listener on its root, so the clock starts before any work.
    window.addEventListener('click', () => { clickMs = performance.now(); }, { capture: true, once: true });
  });
}

/** Events whose first source differs from the previous one's, so each click visibly changes the highlight. */
function pickDistinctEvents(events, count) {
  const picked = [];
  for (const event of events) {
    const source = event.sources[0];
    const previous = picked.at(-1)?.sources[0];
    if (!source || (previous && previous.paragraph === source.paragraph && previous.text === source.text)) continue;
    picked.push(event);
    if (picked.length === count) break;
  }
  return picked;
}

/** Click-to-highlight latency on different events, one click each, in one page. */
async function measureClickLatencies(browser, url, dataFile, clicks) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(MARK_SELECTOR).first().waitFor({ timeout: 30_000 });
    const drawnIds = new Set(await page.locator(MARK_SELECTOR).evaluateAll((marks) => marks.map((m) => m.dataset.eventId)));
    const events = pickDistinctEvents(dataFile.events.filter((e) => drawnIds.has(e.id)), clicks);
    const figures = [];
    for (const event of events) {
      const source = event.sources[0];
      await page.evaluate(armHighlightProbe, { selector: HIGHLIGHT_SELECTOR, paragraphId: source.paragraph, quote: source.text });
      await page.locator(`${MARK_SELECTOR}[data-event-id="${event.id}"]`).click({ timeout: 10_000 });
      figures.push(await page.evaluate(() => window.__benchLatency));
    }
    return figures;
  } finally {
    await context.close();
  }
}

/**
 * Serves dist/ with `vite preview` on a free port, measures in headless Chromium, and always stops the server.
 * Returns raw figures in milliseconds.
 */
export async function measureBrowser({ runs = 5, clicks = 5 } = {}) {
  const dataPath = join(ROOT_DIR, 'dist', 'seed.events.json');
  if (!existsSync(join(ROOT_DIR, 'dist', 'index.html'))) throw new Error('dist/index.html is missing: run `npx vite build` first');
  if (!existsSync(dataPath)) throw new Error('dist/seed.events.json is missing: generate data/seed.events.json, then build');
  const dataFile = JSON.parse(readFileSync(dataPath, 'utf8'));
  return withPreviewBrowser(PREFERRED_PORT, async ({ browser, url }) => {
    const firstMarkMs = await measureFirstMarkMs(browser, url, runs);
    const firstPageBreakdown = await measureFirstPageBreakdown(browser, url, { runs: 3, recordFirstMark, markSelector: MARK_SELECTOR });
    const latencies = await measureClickLatencies(browser, url, dataFile, clicks);
    return {
      url,
      chromium: browser.version(),
      firstMarkMs,
      firstPageBreakdown,
      clickToHighlightDomMs: latencies.map((l) => l.domMs),
      clickToHighlightFrameMs: latencies.map((l) => l.frameMs),
    };
  });
}

/**
 * Serves dist/ with `vite preview` on a free port (`preferredPort` when it is free), launches headless Chromium and
 * runs `measure({ browser, url })`; always closes the browser and stops the server, on Ctrl-C too.
 */
export async function withPreviewBrowser(preferredPort, measure) {
  const port = await findFreePort(preferredPort);
  const url = `http://127.0.0.1:${port}/`;
  const { server, readOutput } = startPreviewServer(port);
  const stop = () => stopPreviewServer(server);
  // Ctrl-C must not leave the server behind: stop it, then die of the same signal.
  const stopAndExit = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.once('exit', stop);
  process.once('SIGINT', stopAndExit);
  process.once('SIGTERM', stopAndExit);
  let browser;
  try {
    await waitForServer(url, server, readOutput);
    browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    return await measure({ browser, url });
  } finally {
    await browser?.close();
    stop();
    process.off('exit', stop);
    process.off('SIGINT', stopAndExit);
    process.off('SIGTERM', stopAndExit);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureBrowser()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((error) => {
      console.error(`bench-browser: ${error.message}`);
      process.exitCode = 1;
    });
}
