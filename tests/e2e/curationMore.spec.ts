import { expect, test } from '@playwright/test';
import type { DataFile } from '../../src/model/dataFile';
import { eventCardOf, eventCardTitleOf, eventMarkOf, openApp, paragraphOf } from './support/appPage';
import { editorOf, expectSaved, saveStatusOf, selectWords, toolbarOf } from './support/curationPage';
import { DATA_FILE_URL, fetchSeedData } from './support/seedData';

const undatedStarts = new Set(['FUTURE_REF', 'PAST_REF']);

test('merging keeps this title and adds the other event’s source words; a new source comes from selected words', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  const [keep, merged] = data.events.filter((e) => !undatedStarts.has(e.start));
  await openApp(page);
  await eventMarkOf(page, keep!.id).click();
  await editorOf(page).getByLabel('Merge into this event').selectOption(merged!.id);
  await editorOf(page).getByRole('button', { name: 'Merge (keep this title)' }).click();
  await expectSaved(page);
  await expect(eventMarkOf(page, merged!.id)).toHaveCount(0);
  await expect(eventCardTitleOf(page)).toHaveText(keep!.title);
  await expect(eventCardOf(page).locator('blockquote')).toHaveText([...keep!.sources, ...merged!.sources].map((s) => s.text));

  const paragraph = data.paragraphs.find((p) => p.kind === 'body' && p.text.split(' ').length > 6)!;
  const words = paragraph.text.split(' ').slice(1, 5).join(' ');
  await selectWords(page, paragraph.id, words);
  await editorOf(page).getByRole('button', { name: 'Use selected words as source' }).click();
  await expectSaved(page);
  await expect(eventCardOf(page).locator('blockquote')).toHaveText([words]);
  await expect(paragraphOf(page, paragraph.id).getByTestId('source-highlight')).toHaveText(words);
  await expect(eventCardOf(page).getByTestId('edited-by-hand')).toContainText('Source — extracted:');
});

test('a failed write says so and keeps the edit on screen', async ({ page, request }) => {
  const event = (await fetchSeedData(request)).events.find((e) => !undatedStarts.has(e.start))!;
  await openApp(page);
  await eventMarkOf(page, event.id).click();
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await editorOf(page).getByLabel('Title').fill('Kept in memory');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(saveStatusOf(page)).toHaveText('Not saved: The disk is full. The edit is kept in this tab until you reload.');
  await expect(eventCardTitleOf(page)).toHaveText('Kept in memory');
});

test('after a re-extraction, edits that still apply are kept and the others are listed', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  const [kept, lost] = data.events.filter((e) => !undatedStarts.has(e.start));
  await openApp(page);
  for (const [event, title] of [[kept!, 'Still here'], [lost!, 'Gone soon']] as const) {
    await eventMarkOf(page, event.id).click();
    await editorOf(page).getByLabel('Title').fill(title);
    await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
    await expectSaved(page);
  }
  // The new extraction renumbers every event and no longer finds the second one.
  const reextracted: DataFile = {
    ...data,
    events: data.events.filter((e) => e.id !== lost!.id).map((e) => ({ ...e, id: `v2-${e.id}` })),
  };
  await page.route(`**${DATA_FILE_URL}`, (route) => route.fulfill({ json: reextracted }));
  await page.reload();
  await expect(eventMarkOf(page, `v2-${kept!.id}`)).toHaveAttribute('aria-label', /: Still here$/);
  const stale = toolbarOf(page).locator('.stale-edits');
  await expect(stale.locator('summary')).toHaveText('1 edit no longer applies to this article');
  await expect(stale.locator('li')).toHaveText(`title “Gone soon” of event ${lost!.id} (“${lost!.sources[0]!.text}”): its event is no longer found in the article.`);
  await stale.getByRole('button', { name: 'Forget this edit' }).click();
  await expectSaved(page);
  await expect(stale).toHaveCount(0);
  await expect(eventMarkOf(page, `v2-${kept!.id}`)).toHaveAttribute('aria-label', /: Still here$/);
});
