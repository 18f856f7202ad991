// Issue 8, the first page: what the first view does not need loads later, and still works when it does.
import { expect, test, type Page } from '@playwright/test';
import { articleOf, eventMarksOf, expectEventCount, openApp } from './support/appPage';
import { serveGeneratedData } from './support/generatedData';

/** The paths of the JS files the page asks for from now on, in order. */
function recordScripts(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) paths.push(path);
  });
  return paths;
}

/** Chunk names (without hash) of the recorded paths: "/assets/libraryChunk-Ab1.js" → "libraryChunk". */
const chunkNames = (paths: readonly string[]) => paths.map((path) => path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));

test('the seed page leaves the library, the query library, the editor and the exporters for later', async ({ page }) => {
  const scripts = recordScripts(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await page.waitForLoadState('networkidle');

  // The tiny early-parse entry (it hands a large data file to a worker) comes first, then the app.
  expect(chunkNames(scripts).slice(0, 2)).toEqual(['earlyParse', 'index']);
  expect(chunkNames(scripts).filter((name) => ['libraryChunk', 'EventEditPanel', 'buildExport', 'importTimelineFile'].includes(name))).toEqual([]);
  expect(await page.getByRole('region', { name: 'Events for print' }).count()).toBe(0);
  // The seed is small: checked on the page's thread, no worker to start.
  expect(workers).toEqual([]);
});

test('the library loads with its own query client and reads the seed from the load the page already made', async ({ page }) => {
  let seedRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/seed.events.json') seedRequests += 1;
  });
  const scripts = recordScripts(page);
  await openApp(page);

  await page.getByRole('link', { name: 'Library' }).click();
  const seedEntry = page.locator('.library-item-seed');
  await expect(seedEntry).toContainText('Built in');
  await expect(seedEntry.locator('.library-item-facts')).toContainText(' events');
  expect(chunkNames(scripts)).toContain('libraryChunk');

  await seedEntry.getByRole('link').click();
  await expect(articleOf(page)).toBeVisible();
  expect(seedRequests).toBe(1);
});

test('printing puts the events table in the page, and leaving print takes it out again', async ({ page }) => {
  await openApp(page);
  const table = page.getByRole('region', { name: 'Events for print' }).getByRole('table');
  await expect(table).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(table).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(table).toHaveCount(0);
});

test.describe('a data file of 10,000 events is read and checked in a worker, off the page’s thread', () => {
  test('it opens, and the check ran in the data file worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const { data, path } = await serveGeneratedData(page, 10_000);

    await page.goto(path);
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });
    await expectEventCount(page, data.events.length);
    expect(chunkNames(workers)).toEqual(['dataFileWorker']);
  });

  test('a bad quote in it still gets the message naming where it is wrong', async ({ page }) => {
    const index = 9_876;
    const { path } = await serveGeneratedData(page, 10_000, {
      edit: (data) => {
        data.events[index]!.sources[0]!.text += ' (altered)';
      },
    });

    await page.goto(path);
    await expect(page.getByTestId('load-error-message')).toContainText(`events[${index}].sources[0].text: quote`, { timeout: 20_000 });
    await expect(eventMarksOf(page)).toHaveCount(0);
  });
});
