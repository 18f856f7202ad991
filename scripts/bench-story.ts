/**
 * The story across the library at scale: 20 generated articles × 500 events (five of them re-report another's
 * events, so 2,500 duplicate pairs). Prints the merge + duplicate-grouping time in Node and, after a build, the
 * time from navigation to a usable Story view in headless Chromium with those articles in IndexedDB. Figures
 * only, never asserted. Run alone: `npx tsx scripts/bench-story.ts` (after `npx vite build` for the browser part).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { mergeStory, type StoryArticle } from '../src/model/mergeStory.ts';
import { fillLibrary } from './fill-library.ts';
import type { DataFile } from '../src/model/dataFile.ts';
// @ts-expect-error -- plain .mjs helpers shared with the other benches
import { generateDataFile } from './generate-events.mjs';
// @ts-expect-error -- plain .mjs helpers shared with the other benches
import { computeMedian, withPreviewBrowser } from './bench-browser.mjs';

const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = 20;
const EVENTS_PER_ARTICLE = 500;
// The last five articles reuse the first five's seeds: the same events on the same dates, reported twice.
const REPEATED_ARTICLES = 5;
const RUNS = 5;
const PREFERRED_PORT = 4197;

const seedOf = (index: number) => 1000 + (index < ARTICLES - REPEATED_ARTICLES ? index : index - (ARTICLES - REPEATED_ARTICLES));

/** The generated data files, each with its own id and headline. */
function buildFiles(): DataFile[] {
  return Array.from({ length: ARTICLES }, (_, index) => {
    const file = generateDataFile(EVENTS_PER_ARTICLE, seedOf(index)) as DataFile;
    const title = `Generated article ${index + 1} of ${ARTICLES}`;
    return { ...file, article: { ...file.article, id: `generated-article-${index + 1}`, title } };
  });
}

function measureMerge(files: readonly DataFile[]) {
  const articles: StoryArticle[] = files.map((file) => ({ key: file.article.id, name: file.article.title, published: file.article.published, events: file.events }));
  const times: number[] = [];
  let story = mergeStory(articles);
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    story = mergeStory(articles);
    times.push(performance.now() - start);
  }
  const groups = story.events.filter((e) => e.members.length > 1).length;
  return { times, marks: story.events.length, groups };
}

/** In the page, before any script: when the first story mark is attached. */
function recordFirstMark() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.story [role=button][data-event-id]')) {
      (window as unknown as { __storyMarkAt: number }).__storyMarkAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function measureBrowserOpen(files: DataFile[]) {
  if (!existsSync(join(ROOT_DIR, 'dist', 'index.html'))) return null;
  return withPreviewBrowser(PREFERRED_PORT, async ({ browser, url }: { browser: Browser; url: string }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const setup = await context.newPage();
    await setup.goto(url);
    await fillLibrary(setup, files);
    await setup.close();
    const times: number[] = [];
    let summary = '';
    for (let run = 0; run < 3; run++) {
      const page = await context.newPage();
      await page.addInitScript(recordFirstMark);
      await page.goto(`${url}#story`);
      await page.locator('.story summary', { hasText: /^List all / }).waitFor({ timeout: 120_000 });
      times.push(await page.evaluate(() => (window as unknown as { __storyMarkAt: number }).__storyMarkAt));
      summary = (await page.locator('.story summary', { hasText: /^List all / }).textContent()) ?? '';
      await page.close();
    }
    return { times, summary };
  }) as Promise<{ times: number[]; summary: string }>;
}

const files = buildFiles();
const merge = measureMerge(files);
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`mergeStory, ${ARTICLES} articles × ${EVENTS_PER_ARTICLE} events (${(ARTICLES * EVENTS_PER_ARTICLE).toLocaleString('en-GB')}): median ${ms(computeMedian(merge.times))}, min ${ms(Math.min(...merge.times))}, max ${ms(Math.max(...merge.times))} (n ${RUNS}); ${merge.marks.toLocaleString('en-GB')} marks, ${merge.groups.toLocaleString('en-GB')} duplicate groups`);
const open = await measureBrowserOpen(files).catch((error: unknown) => {
  console.log(`Story open in Chromium unavailable: ${error instanceof Error ? error.message : String(error)}`);
  return null;
});
if (open) {
  console.log(`Story open in headless Chromium, navigation → first story mark attached (library of ${ARTICLES} articles read, curated, merged): median ${ms(computeMedian(open.times))}, min ${ms(Math.min(...open.times))}, max ${ms(Math.max(...open.times))} (n ${open.times.length}); "${open.summary}"`);
} else if (!existsSync(join(ROOT_DIR, 'dist', 'index.html'))) {
  console.log('Story open in Chromium: skipped (no dist/: run `npx vite build` first)');
}
