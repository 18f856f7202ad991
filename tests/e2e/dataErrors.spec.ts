import { expect, test, type Page, type Route } from '@playwright/test';
import { eventMarksOf } from './support/appPage';
import { holdDataFile, SEED_DATA_FILE_ROUTE } from './support/holdDataFile';
import { fetchSeedData } from './support/seedData';


/** Serves a broken data file until the route is removed; then Retry must fetch the real one and recover. */
async function expectAlertThenRecovery(page: Page, handler: (route: Route) => Promise<void>, message: RegExp | string): Promise<void> {
  await page.route(SEED_DATA_FILE_ROUTE, handler);
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(message, { timeout: 15_000 });
  await expect(eventMarksOf(page)).toHaveCount(0);

  await page.unroute(SEED_DATA_FILE_ROUTE);
  await alert.getByRole('button', { name: 'Retry' }).click();

  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
}

const fulfillJson = (route: Route, body: string, status = 200) =>
  route.fulfill({ status, contentType: 'application/json', body });

test.describe('a broken data file shows an alert saying what is wrong, and Retry recovers', () => {
  test('invalid JSON', async ({ page }) => {
    await expectAlertThenRecovery(page, (route) => fulfillJson(route, '{"version": 1, "article": '), /not valid JSON/i);
  });

  test('a source quote that does not match its paragraph names the schema path', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const index = data.events.length - 1;
    const broken = structuredClone(data);
    broken.events[index]!.sources[0]!.text = `${broken.events[index]!.sources[0]!.text} (altered)`;

    await expectAlertThenRecovery(page, (route) => fulfillJson(route, JSON.stringify(broken)), `events[${index}].sources[0].text`);
  });

  test('a large file (read in the worker before the app starts) with a misquoted source names the schema path', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const index = data.events.length - 1;
    const broken = structuredClone(data);
    broken.events[index]!.sources[0]!.text = `${broken.events[index]!.sources[0]!.text} (altered)`;
    // Spaces JSON ignores take it past 1 MB, the size that is read off the page's thread.
    const large = JSON.stringify(broken).padEnd(1_100_000, ' ');
    let workers = 0;
    page.on('worker', () => { workers += 1; });

    await expectAlertThenRecovery(page, (route) => fulfillJson(route, large), `events[${index}].sources[0].text`);
    expect(workers).toBeGreaterThanOrEqual(1);
  });

  test('an unknown version', async ({ page, request }) => {
    const data = await fetchSeedData(request);

    await expectAlertThenRecovery(page, (route) => fulfillJson(route, JSON.stringify({ ...data, version: 99 })), /version 99/i);
  });

  test('an HTTP 500 from the server', async ({ page }) => {
    await expectAlertThenRecovery(page, (route) => fulfillJson(route, '{"error":"boom"}', 500), /500/);
  });
});

test('while the data file loads, a status says so', async ({ page }) => {
  const release = await holdDataFile(page);

  await page.goto('/');

  await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline…' })).toBeVisible();
  release();
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
});
