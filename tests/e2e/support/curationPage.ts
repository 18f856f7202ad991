import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { eventCardOf } from './appPage';

/** The editing toolbar above the timeline. */
export const toolbarOf = (page: Page): Locator => page.getByRole('toolbar', { name: 'Editing' });

/** The editor group inside the event card. */
export const editorOf = (page: Page): Locator => eventCardOf(page).getByRole('group', { name: 'Edit this event' });

export const saveStatusOf = (page: Page): Locator => page.getByTestId('save-status');

/** Waits until the last edit is stored in IndexedDB. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatusOf(page)).toHaveText('All edits saved');
}

/** Selects `text` inside a paragraph of the article, as a reader's drag would. */
export async function selectWords(page: Page, paragraphId: string, text: string): Promise<void> {
  await page.evaluate(({ paragraphId, text }) => {
    const paragraph = document.querySelector(`[data-paragraph-id="${paragraphId}"]`)!;
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const full = paragraph.textContent ?? '';
    const startIndex = full.indexOf(text);
    if (startIndex < 0) throw new Error(`"${text}" is not in ${paragraphId}`);
    const endIndex = startIndex + text.length;
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      if (startIndex >= seen && startIndex <= seen + length) range.setStart(node, startIndex - seen);
      if (endIndex >= seen && endIndex <= seen + length) {
        range.setEnd(node, endIndex - seen);
        break;
      }
      seen += length;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, { paragraphId, text });
}

/** Chooses a format in the export menu and returns the download. */
export async function exportAs(page: Page, label: string): Promise<Download> {
  await toolbarOf(page).getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  return downloading;
}

/** The text of a download. */
export async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
