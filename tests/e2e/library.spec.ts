import { expect, test } from '@playwright/test';
import { articleOf, eventMarkOf, eventMarksOf, sourceHighlightsOf } from './support/appPage';
import { addBridgeArticle, addDialogOf, dropFile, openAddArticle, pasteArticle } from './support/libraryPage';

test.describe('bringing an article in', () => {
  test('a pasted plain article opens with its events and source links, and is in the library after a reload', async ({ page }) => {
    await page.goto('/');
    await openAddArticle(page);
    await pasteArticle(page, 'Harbour bridge reopens after repairs\n\nThe Portvale harbour bridge reopened to traffic on Tuesday after repairs that began in September 2022.\n\nEngineers found cracks in the main span in June, the city council said.\n\nThe council will vote on a new toll in May.');
    const dialog = addDialogOf(page);
    await expect(dialog.getByLabel('Headline')).toHaveValue('Harbour bridge reopens after repairs');
    await expect(dialog.getByText('Neither the page nor the text gives a publication date')).toBeVisible();
    await dialog.getByLabel('Publication date').fill('2024-03-14');
    await dialog.getByRole('button', { name: 'Extract the timeline' }).click();

    await expect(page).toHaveURL(/#article=[0-9a-f]{12}$/, { timeout: 15_000 });
    await expect(eventMarksOf(page)).toHaveCount(4);
    await eventMarkOf(page, 'engineers-find-cracks-main-span').click();
    await expect(sourceHighlightsOf(page)).toHaveText(['Engineers found cracks in the main span in June, the city council said']);
    await expect(page).toHaveURL(/#article=[0-9a-f]{12}&event=engineers-find-cracks-main-span$/);

    await page.reload();
    await expect(sourceHighlightsOf(page)).toHaveText(['Engineers found cracks in the main span in June, the city council said']);
    await page.getByRole('link', { name: 'Library' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').nth(1)).toContainText('Harbour bridge reopens after repairs');
    await expect(list.getByRole('listitem').nth(1)).toContainText('Published 14 March 2024');
    await expect(list.getByRole('listitem').nth(1)).toContainText('4 events');
  });

  test('a dropped HTML page runs none of its scripts and gives its body and publication date', async ({ page }) => {
    await page.goto('/');
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
    const html = `<!doctype html><html><head><title>Lighthouse | Coast News</title>
      <meta property="article:published_time" content="2021-06-02T08:00:00Z">
      <script>window.__ran = 'script'</script></head>
      <body><nav>Home · World · Sport</nav><article><h1>Old lighthouse relit</h1>
      <img src="x" onerror="window.__ran = 'onerror'">
      <p>The old lighthouse at Cape Hollow was relit on Monday, for the first time since it closed in 1998.</p>
      <p>Volunteers began restoring the lamp in March, and the keeper's cottage will open to visitors in August.</p>
      </article><footer>© Coast News</footer></body></html>`;
    await dropFile(page, 'lighthouse.html', 'text/html', html);
    const dialog = addDialogOf(page);
    await expect(dialog.getByLabel('Headline')).toHaveValue('Old lighthouse relit');
    await expect(dialog.getByLabel('Publication date')).toHaveValue('2021-06-02');
    await expect(dialog.getByRole('region', { name: 'First paragraphs' })).toContainText('The old lighthouse at Cape Hollow was relit on Monday');
    await expect(dialog.getByRole('region', { name: 'First paragraphs' })).not.toContainText('Home · World');
    await dialog.getByRole('button', { name: 'Extract the timeline' }).click();
    await expect(page).toHaveURL(/#article=/, { timeout: 15_000 });
    await expect(articleOf(page)).toContainText('Volunteers began restoring the lamp in March');
    await expect(eventMarksOf(page)).not.toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran ?? null)).toBeNull();
  });

  test('bad input says why and changes nothing: empty paste, a binary file, an unsupported type', async ({ page }) => {
    await page.goto('/#library');
    await openAddArticle(page);
    const dialog = addDialogOf(page);
    await pasteArticle(page, '   \n  ');
    await expect(dialog.getByRole('alert')).toHaveText('The paste is empty: copy an article’s text and paste it here.');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    await expect(dialog.getByRole('alert')).toHaveText('photo.png is a .png file; Dateline reads .txt, .md, .html and .htm files.');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0, 0x42, 0, 0x43]) });
    await expect(dialog.getByRole('alert')).toHaveText('notes.txt is not a text file (it holds binary data). Choose a .txt, .md, .html or .htm file.');
    await expect(dialog.getByLabel('Paste the article')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  });
});

test('a text without a single date opens with its article and a timeline that says so; back returns to the library', async ({ page }) => {
  await page.goto('/#library');
  await openAddArticle(page);
  await pasteArticle(page, 'Quiet street\n\nNothing at all happened on this street, the neighbours said.');
  await addDialogOf(page).getByLabel('Publication date').fill('2024-03-14');
  await addDialogOf(page).getByRole('button', { name: 'Extract the timeline' }).click();
  await expect(articleOf(page)).toContainText('Nothing at all happened on this street, the neighbours said.');
  await expect(page.getByText('No dated events in this article.')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#library$/);
  await expect(page.getByRole('link', { name: 'Quiet street' })).toBeVisible();
  await page.goForward();
  await expect(articleOf(page)).toContainText('Nothing at all happened on this street');
});

test.describe('the library', () => {
  test('delete shows Undo, which puts the article back', async ({ page }) => {
    await page.goto('/');
    await addBridgeArticle(page);
    await page.getByRole('link', { name: 'Library' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await list.getByRole('button', { name: 'Delete “Harbour bridge reopens after repairs”' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText('Deleted “Harbour bridge reopens after repairs”.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list.getByRole('link', { name: 'Harbour bridge reopens after repairs' }).click();
    await expect(eventMarksOf(page)).toHaveCount(4);
  });

  test('a damaged record is named with the reason, and the other articles still open', async ({ page }) => {
    await page.goto('/');
    await addBridgeArticle(page);
    await page.evaluate(async () => {
      const request = indexedDB.open('dateline-library');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ id: 'broken1', schemaVersion: 1, revision: 1, headline: 'Half-written article', published: 'soon' }, 'broken1');
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await page.goto('/#library');
    await expect(page.getByRole('alert')).toContainText('One saved article cannot be opened');
    const broken = page.getByRole('listitem').filter({ hasText: 'Half-written article' });
    await expect(broken).toContainText('Cannot be opened: the saved record is damaged (published:');
    await page.getByRole('link', { name: 'Harbour bridge reopens after repairs' }).click();
    await expect(eventMarksOf(page)).toHaveCount(4);
    await page.goto('/#library');
    await broken.getByRole('button', { name: 'Delete “Half-written article”' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Half-written article' })).toHaveCount(0);
  });
});

test.describe('two tabs', () => {
  test('a rename in one tab shows in the other, whose own rename then builds on the newer version', async ({ context }) => {
    const first = await context.newPage();
    await first.goto('/');
    await addBridgeArticle(first);
    const second = await context.newPage();
    await second.goto('/#library');
    await first.goto('/#library');

    await first.getByRole('button', { name: 'Rename “Harbour bridge reopens after repairs”' }).click();
    await first.getByLabel('New headline').fill('Bridge open again');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect(second.getByRole('link', { name: 'Bridge open again' })).toBeVisible();
    await expect(second.getByRole('link', { name: 'Harbour bridge reopens after repairs' })).toHaveCount(0);

    await second.getByRole('button', { name: 'Rename “Bridge open again”' }).click();
    await second.getByLabel('New headline').fill('Second tab’s name');
    await second.getByRole('button', { name: 'Save' }).click();
    await expect(first.getByRole('link', { name: 'Second tab’s name' })).toBeVisible();
    await first.getByRole('link', { name: 'Second tab’s name' }).click();
    await expect(first).toHaveTitle('Second tab’s name · Dateline');
  });

  test('deleting all asks first, keeps the built-in article, and back returns to the article before', async ({ page }) => {
    await page.goto('/');
    await addBridgeArticle(page);
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Delete all my articles' }).click();
    await expect(page.getByRole('group', { name: 'Confirm deleting all' })).toContainText('Delete all 1 of your articles? This cannot be undone; the built-in article stays.');
    await page.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByText('No articles of your own yet.')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('alert')).toContainText('There is no saved article');
  });
});
