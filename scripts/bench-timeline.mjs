// Timeline figures for `npm run bench`: how the timeline holds up with 100, 1,000 and 10,000 generated events,
// next to vis-timeline on the same data, in headless Chromium at 1280 × 800. Prints figures; asserts nothing.
// Run alone (after a build): `node scripts/bench-timeline.mjs [runs]`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { computeMedian, withPreviewBrowser } from './bench-browser.mjs';
import { generateDataFile } from './generate-events.mjs';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [100, 1_000, 10_000];
const VIEWPORT = { width: 1280, height: 800 };
const MARK_SELECTOR = '.event-marks [role=button][data-event-id]';
const VIS_DIR = join(ROOT_DIR, 'node_modules', 'vis-timeline', 'standalone', 'umd');

/**
 * Injected before any page script: records when marks and axis are first both in the DOM, and every long task
 * (> 50 ms), so "usable" can be read as the first moment after that with the main thread free.
 */
function recordReadiness({ markSelector, axisSelector }) {
  window.__bench = { readyMs: undefined, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.startTime + entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (window.__bench.readyMs !== undefined || !document.querySelector(markSelector) || !document.querySelector(axisSelector)) return;
    window.__bench.readyMs = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/** Drawn, then idle: past the end of every long task that began before the thread was free (50 ms of slack). */
async function readUsableMs(page) {
  await page.waitForFunction(() => window.__bench.readyMs !== undefined, undefined, { timeout: 120_000 });
  await page.waitForTimeout(800);
  return page.evaluate(() => {
    let usableMs = window.__bench.readyMs;
    for (const [startMs, endMs] of [...window.__bench.longTasks].sort((a, b) => a[0] - b[0])) {
      if (startMs <= usableMs + 50) usableMs = Math.max(usableMs, endMs);
    }
    return usableMs;
  });
}

/** Runs `action` while recording every animation frame for `windowMs`; returns the frame durations. */
async function recordFrames(page, action, windowMs = 700) {
  await page.evaluate((ms) => {
    window.__frames = [];
    let last = performance.now();
    const stopAt = last + ms;
    window.__framesDone = new Promise((resolve) => {
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (now < stopAt) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
  }, windowMs);
  await action();
  await page.evaluate(() => window.__framesDone);
  return page.evaluate(() => window.__frames);
}

/**
 * Frames longer than one 60 Hz interval plus slack: requestAnimationFrame timestamps jitter by ±0.1 ms around
 * 16.7, so a p95 of 16.8 ms means no frame was missed; a missed one shows as 33 ms or more.
 */
const countMissed = (frames) => frames.filter((ms) => ms > 20).length;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Drags across `box` from its middle, 300 px to the left, in 20 steps. */
async function drag(page, box) {
  const [x, y] = [box.x + box.width / 2, box.y + box.height - 12];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 300, y, { steps: 20 });
  await page.mouse.up();
}

/**
 * Click on a drawn mark → its source words highlighted in the article, in ms: when the highlight is in the DOM, and
 * when the frame that shows it has been drawn (style, layout and paint included).
 */
async function measureClickToHighlight(page, data) {
  const ids = await page.locator(MARK_SELECTOR).evaluateAll((marks) => marks.slice(0, 40).map((m) => m.dataset.eventId));
  const event = data.events.find((e) => e.id === ids[ids.length >> 1]);
  const quote = event.sources[0].text;
  await page.evaluate((text) => {
    window.__clickLatency = new Promise((resolve) => {
      let clickedMs = null;
      document.addEventListener('click', () => { clickedMs = performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (clickedMs === null) return;
        if ([...document.querySelectorAll('mark[data-testid=source-highlight]')].some((m) => m.textContent === text)) {
          observer.disconnect();
          const domMs = performance.now() - clickedMs;
          // A task queued from the next animation frame runs once that frame's style, layout and paint are done.
          requestAnimationFrame(() => setTimeout(() => resolve({ domMs, frameMs: performance.now() - clickedMs }), 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  }, quote);
  await page.locator(`${MARK_SELECTOR}[data-event-id="${event.id}"]`).click();
  return page.evaluate(() => window.__clickLatency);
}

/**
 * Arrow key on a focused mark → the next frame drawn after its work (focus, selection, highlight, scroll), in ms:
 * one figure per press, `presses` presses walking right from the mark selected last.
 */
async function measureArrowKeys(page, presses = 5) {
  await page.locator(`${MARK_SELECTOR}[aria-current=true]`).first().focus();
  const latencies = [];
  for (let press = 0; press < presses; press++) {
    await page.evaluate(() => {
      window.__arrowLatency = new Promise((resolve) => {
        document.addEventListener('keydown', () => {
          const startMs = performance.now();
          // A task queued from the next animation frame runs once that frame's style, layout and paint are done.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - startMs), 0));
        }, { capture: true, once: true });
      });
    });
    await page.keyboard.press('ArrowRight');
    latencies.push(await page.evaluate(() => window.__arrowLatency));
  }
  return latencies;
}

/** One fresh page of Dateline on `count` events (its mark layer forced to `layer` when given): every figure of one run. */
async function runDateline(browser, baseUrl, count, body, layer) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    if (layer) await page.addInitScript((kind) => { window.__datelineMarkLayer = kind; }, layer);
    await page.addInitScript(recordReadiness, { markSelector: MARK_SELECTOR, axisSelector: '[data-testid=time-axis] .tick' });
    await page.goto(`${baseUrl}?data=bench-${count}.events.json`);
    const usableMs = await readUsableMs(page);
    const layoutFacts = await page.evaluate(() => ({
      pageHeightPx: document.documentElement.scrollHeight,
      lanes: Number(document.querySelector('svg[data-lane-count]')?.getAttribute('data-lane-count') ?? NaN),
      marks: document.querySelectorAll('.event-marks [role=button][data-event-id]').length,
      clusters: document.querySelectorAll('.cluster-mark').length,
      layer: document.querySelector('.event-marks')?.getAttribute('data-layer') ?? 'n/a',
      markElements: document.querySelectorAll('.event-marks *').length,
      timelineHeightPx: document.querySelector('section.timeline')?.getBoundingClientRect().height ?? NaN,
    }));
    // A CSS selector, not getByRole: computing the names of 10,000 buttons would be the harness's time, not the app's.
    const zoomIn = page.locator('section.timeline button[aria-label="Zoom in"]');
    const zoomFrames = await recordFrames(page, () => zoomIn.click());
    const svgBox = await page.locator('svg.timeline-svg').boundingBox();
    const panFrames = await recordFrames(page, () => drag(page, svgBox));
    const { domMs: clickMs, frameMs: clickFrameMs } = await measureClickToHighlight(page, JSON.parse(body));
    const arrowMs = computeMedian(await measureArrowKeys(page));
    return { usableMs, zoomFrames, panFrames, clickMs, clickFrameMs, arrowMs, ...layoutFacts };
  } finally {
    await context.close();
  }
}

// Main-thread work in a Chromium trace, by what it was: the rest of each task is script (React render and commit).
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];
const TRACE_KINDS = {
  'JS eval': ['v8.evaluateModule', 'EvaluateScript', 'v8.compile', 'v8.compileModule'],
  'style+layout': ['UpdateLayoutTree', 'Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};
const APP_PHASES = ['json-parse', 'validate', 'place', 'lay-out'];

/** Sums the durations of `events` (µs) without counting nested or overlapping ones twice; in ms. */
function sumUnionMs(events) {
  let totalUs = 0;
  let reachUs = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const endUs = e.ts + e.dur;
    if (endUs <= reachUs) continue;
    totalUs += endUs - Math.max(e.ts, reachUs);
    reachUs = endUs;
  }
  return totalUs / 1000;
}

/**
 * One more page on `count` events with a performance trace: where the time from navigation to "usable" went on the
 * main thread (JS eval, the app's own phases from its User Timing measures, React and other script, style and layout,
 * paint), and the data file's fetch (network, off the main thread). Tracing slows the page a little: shares, not goals.
 */
async function traceDateline(browser, baseUrl, count) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordReadiness, { markSelector: MARK_SELECTOR, axisSelector: '[data-testid=time-axis] .tick' });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(`${baseUrl}?data=bench-${count}.events.json`);
    const usableMs = await readUsableMs(page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const inPage = await page.evaluate((name) => ({
      measures: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('dateline:')).map((m) => [m.name.slice(9), m.startTime, m.duration]),
      fetch: performance.getEntriesByType('resource').filter((r) => r.name.includes(name)).map((r) => [r.startTime, r.responseEnd])[0],
    }), `bench-${count}.events.json`);
    const events = trace.traceEvents ?? trace;
    const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const navigations = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`bench-${count}`));
    const navigation = navigations[navigations.length - 1];
    const main = mains.find((m) => m.pid === navigation?.pid);
    if (!navigation || !main) return null;
    const endUs = navigation.ts + usableMs * 1000;
    const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= navigation.ts && e.ts < endUs);
    const busyMs = sumUnionMs(onMain.filter((e) => e.name === 'RunTask'));
    const breakdown = {};
    for (const [kind, names] of Object.entries(TRACE_KINDS)) breakdown[kind] = sumUnionMs(onMain.filter((e) => names.includes(e.name)));
    for (const phase of APP_PHASES) {
      breakdown[phase] = inPage.measures.filter(([name, startMs]) => name === phase && startMs < usableMs).reduce((sum, [, , durationMs]) => sum + durationMs, 0);
    }
    const namedMs = Object.values(breakdown).reduce((a, b) => a + b, 0);
    return { usableMs, busyMs, fetchMs: inPage.fetch ? inPage.fetch[1] - inPage.fetch[0] : NaN, breakdown: { ...breakdown, 'React+other script': Math.max(0, busyMs - namedMs) } };
  } finally {
    await context.close();
  }
}

/** The same data in vis-timeline (items with title and dates), on a page of its own. */
function buildVisPage(data) {
  const items = data.events.map((e) => ({ id: e.id, content: e.title, start: e.start, ...(e.end ? { end: e.end } : {}) }));
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/vis-bench/vis.css"></head>
<body style="margin:0"><div id="timeline"></div><script src="/vis-bench/vis.js"></script>
<script>fetch('/vis-bench/items.json').then((r) => r.json()).then((items) => {
  window.__vis = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), { height: '320px' });
});</script></body></html>`.replace('/vis-bench/items.json', `data:application/json,${encodeURIComponent(JSON.stringify(items))}`);
}

async function runVisTimeline(browser, baseUrl, html) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.route('**/vis-bench/page.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.route('**/vis-bench/vis.js', (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(VIS_DIR, 'vis-timeline-graph2d.min.js'), 'utf8') }));
    await page.route('**/vis-bench/vis.css', (route) => route.fulfill({ contentType: 'text/css', body: readFileSync(join(ROOT_DIR, 'node_modules', 'vis-timeline', 'styles', 'vis-timeline-graph2d.min.css'), 'utf8') }));
    await page.addInitScript(recordReadiness, { markSelector: '.vis-item', axisSelector: '.vis-time-axis .vis-text' });
    await page.goto(`${baseUrl}vis-bench/page.html`);
    const usableMs = await readUsableMs(page);
    const zoomFrames = await recordFrames(page, () => page.evaluate(() => window.__vis.zoomIn(0.5, { animation: { duration: 300 } })), 1500);
    const box = await page.locator('.vis-center').first().boundingBox();
    const panFrames = await recordFrames(page, () => drag(page, box), 1500);
    return { usableMs, zoomFrames, panFrames };
  } finally {
    await context.close();
  }
}

/** Runs every size `runs` times in both timelines, on dist/ served by `vite preview`. */
export async function measureTimelineScaling({ runs = 3, sizes = SIZES, withVis = true } = {}) {
  // The generated files are served by the preview server like any data file (written before it starts, taken
  // out after): a Playwright route would pass megabytes through the test protocol and time that instead.
  const dataFiles = new Map(sizes.map((count) => [count, join(ROOT_DIR, 'dist', `bench-${count}.events.json`)]));
  const bodies = new Map(sizes.map((count) => [count, JSON.stringify(generateDataFile(count))]));
  for (const [count, path] of dataFiles) writeFileSync(path, bodies.get(count));
  try {
    return await withPreviewBrowser(4198, async ({ browser, url: baseUrl }) => {
      const results = [];
      for (const count of sizes) {
        const body = bodies.get(count);
        const data = JSON.parse(body);
        const visHtml = buildVisPage(data);
        const dateline = [];
        const otherLayer = [];
        const visTimeline = [];
        for (let run = 0; run < runs; run++) {
          dateline.push(await runDateline(browser, baseUrl, count, body));
          // The same page with the other mark layer: the figures that chose the canvas threshold.
          otherLayer.push(await runDateline(browser, baseUrl, count, body, dateline[run].layer === 'canvas' ? 'dom' : 'canvas'));
          // vis-timeline needs about a minute per 10,000-event run on a busy machine: one run there.
          if (withVis && (run === 0 || count < 10_000)) visTimeline.push(await runVisTimeline(browser, baseUrl, visHtml));
        }
        results.push({ count, dateline, otherLayer, visTimeline, trace: await traceDateline(browser, baseUrl, count) });
      }
      return { chromium: browser.version(), runs, results, loadAverage: loadavg()[0] };
    });
  } finally {
    for (const path of dataFiles.values()) rmSync(path, { force: true });
  }
}

const median = (runs, pick) => computeMedian(runs.map(pick));
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

/** "usable 612 ms, main thread busy 540: JS eval 60, json-parse 30, …; data fetch 40 (network)". */
function formatBreakdown({ usableMs, busyMs, fetchMs, breakdown }) {
  const parts = Object.entries(breakdown).map(([kind, valueMs]) => `${kind} ${Math.round(valueMs)}`);
  return `usable ${Math.round(usableMs)} ms, main thread busy ${Math.round(busyMs)}: ${parts.join(', ')}; data fetch ${Math.round(fetchMs)} (network)`;
}

/** Prints one table per figure; each row a size, with vis-timeline and the ratio beside Dateline. */
export function printTimelineScaling({ chromium: version, runs, results, loadAverage }, printTable) {
  const row = (label, pickDateline, pickVis, format = ms) => results.map(({ count, dateline, visTimeline }) => {
    const ours = median(dateline, pickDateline);
    const theirs = pickVis ? median(visTimeline, pickVis) : NaN;
    const visRuns = pickVis ? ` (n=${visTimeline.length})` : '';
    const ratio = pickVis && ours > 0 && format === ms ? `${(theirs / ours).toFixed(1)}×` : '';
    return [`${count.toLocaleString('en-GB')} events`, format(ours), pickVis ? `${format(theirs)}${visRuns}` : '', ratio];
  }).map((cells) => [`${label}: ${cells[0]}`, ...cells.slice(1)]);
  // Two cores shared with other work make every figure slower: the load says how busy the machine was.
  printTable(`Timeline at scale: headless ${version}, 1280 × 800, medians of ${runs} runs (generated data; vis-timeline 8 on the same items; load average ${loadAverage.toFixed(1)} at the end)`,
    ['measure', 'Dateline', 'vis-timeline', 'vis ÷ Dateline'], [
      ...row('navigation → timeline usable', (r) => r.usableMs, (r) => r.usableMs),
      null,
      ...row('zoom step, p95 frame', (r) => percentile(r.zoomFrames, 95), (r) => percentile(r.zoomFrames, 95)),
      ...row('zoom step, longest frame', (r) => Math.max(...r.zoomFrames), (r) => Math.max(...r.zoomFrames)),
      ...row('zoom step, frames that missed a vsync (> 20 ms), count', (r) => countMissed(r.zoomFrames), (r) => countMissed(r.zoomFrames), String),
      null,
      ...row('pan gesture, p95 frame', (r) => percentile(r.panFrames, 95), (r) => percentile(r.panFrames, 95)),
      ...row('pan gesture, longest frame', (r) => Math.max(...r.panFrames), (r) => Math.max(...r.panFrames)),
      ...row('pan gesture, frames that missed a vsync (> 20 ms), count', (r) => countMissed(r.panFrames), (r) => countMissed(r.panFrames), String),
      null,
      ...row('click on a mark → source highlight in the DOM', (r) => r.clickMs),
      ...row('click on a mark → the frame showing the highlight drawn', (r) => r.clickFrameMs),
      ...row('arrow key on a mark → next frame drawn (median of 5 presses)', (r) => r.arrowMs),
    ]);
  const layerRows = results.flatMap(({ count, dateline, otherLayer }) => [dateline, otherLayer].map((runsOfLayer) => [
    count.toLocaleString('en-GB'), runsOfLayer[0].layer + (runsOfLayer === dateline ? ' (chosen)' : ''), String(runsOfLayer[0].markElements),
    ms(median(runsOfLayer, (r) => r.usableMs)), ms(median(runsOfLayer, (r) => percentile(r.zoomFrames, 95))),
    ms(median(runsOfLayer, (r) => Math.max(...r.zoomFrames))), ms(median(runsOfLayer, (r) => percentile(r.panFrames, 95))),
    ms(median(runsOfLayer, (r) => r.clickMs)),
  ]));
  printTable('Mark layer: DOM against canvas on the same data (medians; the threshold in src/timeline/markLayer.ts comes from here)',
    ['events', 'layer', 'elements in the marks layer', 'usable', 'zoom p95 frame', 'zoom longest frame', 'pan p95 frame', 'click → highlight'], layerRows);
  printTable('Where navigation → usable goes on the main thread (one traced run; tracing adds its own cost)', ['events', 'breakdown'],
    results.map(({ count, trace }) => [count.toLocaleString('en-GB'), trace ? formatBreakdown(trace) : 'no trace']));
  printTable('Timeline layout at 1280 × 800 (first run)', ['events', 'page height', 'timeline height', 'lanes', 'marks drawn', 'clusters', 'mark layer'],
    results.map(({ count, dateline: [first] }) => [
      count.toLocaleString('en-GB'), `${first.pageHeightPx} px`, `${Math.round(first.timelineHeightPx)} px`, String(first.lanes), String(first.marks), String(first.clusters), first.layer,
    ]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const printTable = (title, header, rows) => {
    console.log(`\n${title}\n${header.join(' | ')}`);
    for (const r of rows) console.log(r ? r.join(' | ') : '---');
  };
  // `node scripts/bench-timeline.mjs [runs] [sizes, e.g. 1000,10000] [--no-vis]`: a quicker look while working.
  const [runsArg, sizesArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  measureTimelineScaling({
    runs: Number(runsArg ?? 3),
    sizes: sizesArg ? sizesArg.split(',').map(Number) : SIZES,
    withVis: !process.argv.includes('--no-vis'),
  })
    .then((figures) => printTimelineScaling(figures, printTable))
    .catch((error) => {
      console.error(`bench-timeline: ${error.message}`);
      process.exitCode = 1;
    });
}
