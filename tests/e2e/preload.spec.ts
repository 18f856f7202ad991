// Issue 8, the first page: the data file (the default one or ?data=) is requested with the page and fetched exactly once.
import { expect, test, type Page } from '@playwright/test';
import { eventMarksOf } from './support/appPage';
import { serveGeneratedData } from './support/generatedData';
import { SEED_DATA_FILE_ROUTE } from './support/holdDataFile';

/** Counts the requests for the seed data file the page makes from now on. */
function countSeedRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/seed.events.json') count += 1;
  });
  return () => count;
}

test('the default data file is requested once, by the page, before the app script has even arrived', async ({ page }) => {
  const seedRequests = countSeedRequests(page);

  await page.goto('/');
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });

  expect(seedRequests()).toBe(1);
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = entries.filter((e) => new URL(e.name).pathname === '/seed.events.json');
    const script = entries.find((e) => e.initiatorType === 'script' && /\/assets\/.*\.js$/.test(new URL(e.name).pathname))!;
    return { dataRequests: data.length, dataStartMs: data[0]!.startTime, scriptEndMs: script.responseEnd };
  });
  expect(timing.dataRequests).toBe(1);
  expect(timing.dataStartMs).toBeLessThan(timing.scriptEndMs);
});

test('a page that names its own file with ?data= asks for that file alone, once, before the app script has arrived', async ({ page }) => {
  const seedRequests = countSeedRequests(page);
  let otherRequests = 0;
  let otherRequested: () => void = () => undefined;
  const otherSeen = new Promise<void>((resolve) => { otherRequested = resolve; });
  await page.route('**/other.events.json', async (route) => {
    otherRequests += 1;
    otherRequested();
    await route.fulfill({ response: await page.request.get('/seed.events.json') });
  });
  // The entry script is held back until the data file has been asked for: only the page itself can ask that early.
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await Promise.race([otherSeen, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    await route.continue();
  });

  await page.goto('/?data=other.events.json');
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });

  expect(seedRequests()).toBe(0);
  expect(otherRequests).toBe(1);
  const dataBeforeScript = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = entries.find((e) => new URL(e.name).pathname === '/other.events.json')!;
    const script = entries.find((e) => /\/assets\/index-[\w-]+\.js$/.test(new URL(e.name).pathname))!;
    return data.startTime < script.responseEnd;
  });
  expect(dataBeforeScript).toBe(true);
});

test('a large data file is read and checked in a worker that starts before the app script has arrived', async ({ page }) => {
  // 2,000 generated events: 1.1 MB, well over the size the early entry hands to the worker.
  const { data, path } = await serveGeneratedData(page, 2_000);
  let workerStarted: () => void = () => undefined;
  const workerSeen = new Promise<void>((resolve) => { workerStarted = resolve; });
  const workers: string[] = [];
  page.on('worker', (worker) => {
    workers.push(worker.url());
    workerStarted();
  });
  let scriptHeldUntilWorker = false;
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    scriptHeldUntilWorker = await Promise.race([workerSeen.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
    await route.continue();
  });

  await page.goto(path);
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 30_000 });

  expect(scriptHeldUntilWorker).toBe(true);
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(/dataFileWorker/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.article.title);
});

test('a ?data= value that leaves the site is never fetched, and the page says why', async ({ page }) => {
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).host === 'example.invalid') offSite.push(request.url());
  });

  await page.goto('/?data=//example.invalid/events.json');
  await expect(page.getByRole('alert')).toContainText('The data parameter must be a relative path on this site');
  expect(offSite).toEqual([]);
});

test('Retry after a failed first load asks the server again', async ({ page }) => {
  const seedRequests = countSeedRequests(page);
  let failures = 1;
  await page.route(SEED_DATA_FILE_ROUTE, async (route) => {
    if (failures-- > 0) await route.fulfill({ status: 503, body: 'busy' });
    else await route.continue();
  });

  await page.goto('/');
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });

  expect(seedRequests()).toBe(2);
});
