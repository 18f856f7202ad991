import { expect, test } from '@playwright/test';
import { addDialogOf, BRIDGE_ARTICLE, openAddArticle, pasteArticle } from './support/libraryPage';

/** About 5 MB of article text: the test article's paragraphs over and over, each copy its own paragraphs. */
function fiveMegabytes(): string {
  const copies: string[] = [];
  let length = 0;
  while (length < 5_000_000) {
    copies.push(BRIDGE_ARTICLE);
    length += BRIDGE_ARTICLE.length + 2;
  }
  return copies.join('\n\n');
}

test('a 5 MB paste shows its progress, and Cancel answers during the extraction and stops it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#library');
  await openAddArticle(page);
  await pasteArticle(page, fiveMegabytes());
  const dialog = addDialogOf(page);
  await dialog.getByLabel('Publication date').fill('2024-03-14');
  await dialog.getByRole('button', { name: 'Extract the timeline' }).click();

  const progress = dialog.getByRole('progressbar', { name: 'Extracting the timeline' });
  await expect(progress).toBeVisible({ timeout: 10_000 });
  await expect(progress).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  const workersBefore = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('extractWorker')).length);
  expect(workersBefore).toBe(1);

  await dialog.getByRole('button', { name: 'Cancel' }).click({ timeout: 2_000 });
  await expect(dialog.getByRole('alert')).toHaveText('Extraction cancelled. Nothing was saved; you can change the form and try again.');
  await expect(progress).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Extract the timeline' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The worker saves what it extracts: had Cancel only hidden the bar, the article would turn up here.
  await page.waitForTimeout(8_000);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('No articles of your own yet.')).toBeVisible();
});
