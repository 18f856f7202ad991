import { expect, type Page } from '@playwright/test';

/** An article written for these tests (not the seed): four dated clauses, no dateline. */
export const BRIDGE_ARTICLE = [
  'Harbour bridge reopens after repairs',
  'The Portvale harbour bridge reopened to traffic on Tuesday after repairs that began in September 2022.',
  'Engineers found cracks in the main span in June, the city council said.',
  'The council will vote on a new toll in May.',
].join('\n\n');

export const addDialogOf = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });

/** Opens the add-article dialog from the header. */
export async function openAddArticle(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Your articles' }).getByRole('button', { name: 'Add article' }).click();
  await expect(addDialogOf(page)).toBeVisible();
}

/** Pastes into the dialog's paste area as a clipboard would: plain text, and HTML when given. */
export async function pasteArticle(page: Page, plain: string, html?: string): Promise<void> {
  await addDialogOf(page).getByLabel('Paste the article').evaluate(
    (area, [text, markup]) => {
      const data = new DataTransfer();
      data.setData('text/plain', text!);
      if (markup) data.setData('text/html', markup);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [plain, html ?? ''],
  );
}

/** Drops a file on the page as a file manager would. */
export async function dropFile(page: Page, name: string, mimeType: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, type, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text!], fileName!, { type: type! }));
      return data;
    },
    [name, mimeType, content],
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer });
}

/** Adds the bridge article by paste with a typed publication date and waits for its timeline. */
export async function addBridgeArticle(page: Page): Promise<void> {
  const before = page.url();
  await openAddArticle(page);
  await pasteArticle(page, BRIDGE_ARTICLE);
  const dialog = addDialogOf(page);
  await dialog.getByLabel('Publication date').fill('2024-03-14');
  await dialog.getByRole('button', { name: 'Extract the timeline' }).click();
  // Compared with the URL before, so a second add waits for its own article, not the first one's URL.
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(before);
  await expect(page).toHaveURL(/#article=[0-9a-f]{12}$/);
}
