import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addBridgeArticle, addDialogOf, BRIDGE_ARTICLE, openAddArticle, pasteArticle } from './support/libraryPage';

/** Serious and critical axe findings, one line each. */
async function scanForSeriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious in the empty library, the add form and the confirm form', async ({ page }) => {
      await page.goto('/#library');
      await expect(page.getByText('No articles of your own yet.')).toBeVisible();
      expect(await scanForSeriousFindings(page)).toEqual([]);
      await openAddArticle(page);
      expect(await scanForSeriousFindings(page)).toEqual([]);
      await pasteArticle(page, BRIDGE_ARTICLE);
      await expect(addDialogOf(page).getByLabel('Publication date')).toBeVisible();
      expect(await scanForSeriousFindings(page)).toEqual([]);
    });

    test('axe finds nothing serious in a library with an article and the Undo toast', async ({ page }) => {
      await page.goto('/');
      await addBridgeArticle(page);
      await addBridgeArticle(page);
      await page.goto('/#library');
      await page.getByRole('button', { name: 'Delete “Harbour bridge reopens after repairs”' }).first().click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      expect(await scanForSeriousFindings(page)).toEqual([]);
    });

    test('axe finds nothing serious while a long text is being extracted', async ({ page }) => {
      await page.goto('/#library');
      await openAddArticle(page);
      await pasteArticle(page, Array.from({ length: 20_000 }, () => BRIDGE_ARTICLE).join('\n\n'));
      await addDialogOf(page).getByLabel('Publication date').fill('2024-03-14');
      await addDialogOf(page).getByRole('button', { name: 'Extract the timeline' }).click();
      await expect(addDialogOf(page).getByRole('progressbar')).toBeVisible({ timeout: 10_000 });
      expect(await scanForSeriousFindings(page)).toEqual([]);
      await addDialogOf(page).getByRole('button', { name: 'Cancel' }).click();
    });
  });
}
