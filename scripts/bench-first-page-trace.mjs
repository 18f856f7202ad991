// Where the time to the first event mark goes, for `npm run bench`: a Chromium trace of the page's main thread
// from navigation to the first mark, split by kind of work, beside the network timings of the HTML, the JS, the
// CSS and the data file, and the app's own User Timing measures (data file parse and validation, React render).
// Traced runs are slower than plain ones; the plain first-mark figure is measured separately.

/** Trace event names → the kind of work they are; nested events without a kind count as their parent's. */
const KIND_OF_EVENT = new Map([
  ['ParseHTML', 'HTML parse + document setup'],
  ['v8.compile', 'JS compile'],
  ['v8.compileModule', 'JS compile'],
  ['V8.CompileCode', 'JS compile'],
  ['v8.parseOnBackground', 'JS compile'],
  ['V8.ParseFunction', 'JS compile'],
  ['V8.CompileLazy', 'JS compile'],
  ['v8.evaluateModule', 'JS: evaluate modules (top-level code)'],
  ['EvaluateScript', 'JS: app (load data, React render)'],
  ['FunctionCall', 'JS: app (load data, React render)'],
  ['RunMicrotasks', 'JS: app (load data, React render)'],
  ['TimerFire', 'JS: app (load data, React render)'],
  ['FireAnimationFrame', 'JS: app (load data, React render)'],
  ['EventDispatch', 'JS: app (load data, React render)'],
  ['v8.run', 'JS: app (load data, React render)'],
  ['v8.callFunction', 'JS: app (load data, React render)'],
  ['MinorGC', 'GC'],
  ['MajorGC', 'GC'],
  ['V8.GCScavenger', 'GC'],
  ['V8.GCFinalizeMC', 'GC'],
  ['ParseAuthorStyleSheet', 'style'],
  ['UpdateLayoutTree', 'style'],
  ['RecalculateStyles', 'style'],
  ['Layout', 'layout'],
  ['PrePaint', 'paint'],
  ['Paint', 'paint'],
  ['Layerize', 'paint'],
  ['Commit', 'paint'],
]);

/** Families of trace event names, by prefix, for names KIND_OF_EVENT does not list. */
const KIND_OF_PREFIX = [
  ['V8.BytecodeBudgetInterrupt', 'JS: app (load data, React render)'], // tiering up hot functions
  ['V8.HandleInterrupts', 'JS: app (load data, React render)'],
  ['V8.GC', 'GC'],
  ['DocumentLoader::', 'HTML parse + document setup'],
  ['HTMLDocumentParser::', 'HTML parse + document setup'],
  ['LocalWindowProxy::', 'HTML parse + document setup'],
  ['V8.DeserializeContext', 'HTML parse + document setup'],
];

const kindOf = (name) => KIND_OF_EVENT.get(name) ?? KIND_OF_PREFIX.find(([prefix]) => name.startsWith(prefix))?.[1];

/** The trace categories the breakdown needs. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

/** The renderer main thread that parsed the page's HTML. */
function findMainThread(traceEvents) {
  const parse = traceEvents.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('the trace has no ParseHTML event');
  return { pid: parse.pid, tid: parse.tid };
}

/**
 * Milliseconds of main-thread work by kind between navigation start and `untilMs` (self time: a Layout forced
 * inside a script counts as layout, not script). Work that is not in any known event counts as "other".
 */
export function summariseMainThread(traceEvents, navigationStartUs, untilMs) {
  const { pid, tid } = findMainThread(traceEvents);
  const untilUs = navigationStartUs + untilMs * 1000;
  const events = traceEvents
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && e.ts < untilUs && e.ts + e.dur > navigationStartUs)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = {};
  const stack = [];
  const clip = (startUs, endUs) => Math.max(0, Math.min(endUs, untilUs) - Math.max(startUs, navigationStartUs));
  const close = (frame) => {
    totals[frame.kind] = (totals[frame.kind] ?? 0) + (clip(frame.startUs, frame.endUs) - frame.childUs) / 1000;
  };
  for (const event of events) {
    while (stack.length && stack.at(-1).endUs <= event.ts) close(stack.pop());
    const parent = stack.at(-1);
    const frame = { startUs: event.ts, endUs: event.ts + event.dur, childUs: 0, kind: kindOf(event.name) ?? parent?.kind ?? 'other (task overhead)' };
    if (parent) parent.childUs += clip(frame.startUs, Math.min(frame.endUs, parent.endUs));
    stack.push(frame);
  }
  while (stack.length) close(stack.pop());
  const busyMs = Object.values(totals).reduce((sum, ms) => sum + ms, 0);
  totals['main thread free (waiting on network)'] = Math.max(0, untilMs - busyMs);
  return totals;
}

/** Navigation start of the page's main frame, in trace microseconds. */
export function findNavigationStartUs(traceEvents) {
  const { pid } = findMainThread(traceEvents);
  const starts = traceEvents.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.isLoadingMainFrame !== false);
  const start = starts.at(-1) ?? traceEvents.find((e) => e.name === 'navigationStart');
  if (!start) throw new Error('the trace has no navigationStart event');
  return start.ts;
}

/** In the page: network phases (ms from navigation start) and the app's User Timing measures. */
export function readPageTimings() {
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const pick = (test) => resources.find((entry) => test(new URL(entry.name).pathname));
  const span = (entry) => entry && { startMs: entry.startTime, endMs: entry.responseEnd };
  // A mark is a moment (ms from navigation start), a measure a duration.
  const own = (type) => performance.getEntriesByType(type).filter((entry) => entry.name.startsWith('dateline:'));
  const measures = Object.fromEntries([
    ...own('mark').map((mark) => [`${mark.name} (at)`, mark.startTime]),
    ...own('measure').map((measure) => [`${measure.name} (took)`, measure.duration]),
  ]);
  return {
    html: { startMs: 0, endMs: navigation.responseEnd },
    entryJs: span(pick((path) => /^\/assets\/index-.*\.js$/.test(path))),
    css: span(pick((path) => /\.css$/.test(path))),
    dataFile: span(pick((path) => path.endsWith('.events.json'))),
    otherJsBeforeFirstMark: resources.filter((entry) => /\.js$/.test(entry.name) && !/\/assets\/index-/.test(entry.name) && entry.responseEnd < window.__benchFirstMarkMs).length,
    measures,
  };
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Traced loads of the page, one fresh context each: medians of every phase and kind of work. */
export async function measureFirstPageBreakdown(browser, url, { runs, recordFirstMark, markSelector }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordFirstMark, markSelector);
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(url);
      await page.waitForFunction(() => window.__benchFirstMarkMs !== undefined, undefined, { timeout: 30_000 });
      const firstMarkMs = await page.evaluate(() => window.__benchFirstMarkMs);
      const timings = await page.evaluate(readPageTimings);
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
      samples.push({ firstMarkMs, timings, work: summariseMainThread(traceEvents, findNavigationStartUs(traceEvents), firstMarkMs) });
    } finally {
      await context.close();
    }
  }
  const phase = (key, end) => median(samples.map((s) => s.timings[key]?.[end]));
  const kinds = [...new Set(samples.flatMap((s) => Object.keys(s.work)))];
  const measureNames = [...new Set(samples.flatMap((s) => Object.keys(s.timings.measures)))];
  return {
    runs,
    firstMarkMs: median(samples.map((s) => s.firstMarkMs)),
    network: ['html', 'entryJs', 'css', 'dataFile'].map((key) => ({ key, startMs: phase(key, 'startMs'), endMs: phase(key, 'endMs') })),
    otherJsBeforeFirstMark: Math.max(...samples.map((s) => s.timings.otherJsBeforeFirstMark)),
    work: kinds.map((kind) => ({ kind, ms: median(samples.map((s) => s.work[kind] ?? 0)) })).sort((a, b) => b.ms - a.ms),
    measures: measureNames.map((name) => ({ name, ms: median(samples.map((s) => s.timings.measures[name])) })),
  };
}

const NETWORK_LABELS = { html: 'HTML document', entryJs: 'entry JS (assets/index-*.js)', css: 'CSS', dataFile: 'data file (preloaded by index.html)' };

/** The breakdown as two short tables: when each file arrived, and what the main thread did until the first mark. */
export function printFirstPageBreakdown(breakdown, printTable, formatMs) {
  printTable(`Seed navigation → first mark, traced (${breakdown.runs} runs, medians; tracing slows the page: first mark ${formatMs(breakdown.firstMarkMs)} here)`, ['file', 'requested', 'arrived'], [
    ...breakdown.network.map(({ key, startMs, endMs }) => [NETWORK_LABELS[key], formatMs(startMs), formatMs(endMs)]),
  ]);
  if (breakdown.otherJsBeforeFirstMark > 0) console.log(`JS files other than the entry loaded before the first mark: ${breakdown.otherJsBeforeFirstMark}.`);
  printTable('Main thread from navigation to the first mark (self time by kind)', ['work', 'ms'], [
    ...breakdown.work.map(({ kind, ms }) => [kind, formatMs(ms)]),
  ]);
  if (breakdown.measures.length) {
    printTable("The app's own steps (User Timing: 'at' is ms from navigation, 'took' a duration)", ['step', 'ms'], breakdown.measures.map(({ name, ms }) => [name.replace(/^dateline:/, ''), formatMs(ms)]));
  }
}
