import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { DataFile, TimelineEvent } from '../../src/model/dataFile';
import { articleOf, eventCardOf, eventCardTitleOf, eventMarkOf, expectEventCount, openApp, paragraphOf } from './support/appPage';
import { editorOf, expectSaved, selectWords, toolbarOf } from './support/curationPage';
import { fetchSeedData } from './support/seedData';

/** A single day drawn as a point: the event the precision test turns into a band. */
const findDayEvent = (data: DataFile): TimelineEvent =>
  data.events.find((e) => e.granularity === 'day' && !e.end && !e.ongoing && /^\d{4}-\d{2}-\d{2}$/.test(e.start))!;

async function selectEvent(page: Page, event: TimelineEvent) {
  await eventMarkOf(page, event.id).click();
  await expect(editorOf(page)).toBeVisible();
}

test('editing a title shows it everywhere, marks it edited by hand with the extracted title beside it', async ({ page, request }) => {
  const event = findDayEvent(await fetchSeedData(request));
  await openApp(page);
  await selectEvent(page, event);
  await editorOf(page).getByLabel('Title').fill('Putin inspects the front');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expectSaved(page);
  await expect(eventCardTitleOf(page)).toHaveText('Putin inspects the front');
  await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-label', /: Putin inspects the front$/);
  await expect(eventCardOf(page).getByTestId('edited-by-hand')).toContainText(`Title — extracted: “${event.title}”`);
});

test('typing a month for a day event shows what was understood, then the point becomes a band', async ({ page, request }) => {
  const event = findDayEvent(await fetchSeedData(request));
  await openApp(page);
  await selectEvent(page, event);
  await expect(eventMarkOf(page, event.id)).toHaveClass(/mark-point/);
  await editorOf(page).getByLabel('Date').fill('Sept 2022');
  await expect(editorOf(page).getByTestId('date-reading')).toHaveText('Understood: September 2022 · precision: month · EDTF 2022-09');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expectSaved(page);
  await expect(eventMarkOf(page, event.id)).toHaveClass(/mark-band/);
  await expect(eventCardOf(page).getByTestId('event-date')).toHaveText('September 2022');

  await editorOf(page).getByLabel('Date').fill('sometime soonish');
  await expect(editorOf(page).getByTestId('date-reading')).toHaveText('“sometime soonish” could not be read as a date. The date was not changed.');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(eventCardOf(page).getByRole('alert')).toHaveText('“sometime soonish” could not be read as a date. The date was not changed.');
  await expect(eventCardOf(page).getByTestId('event-date')).toHaveText('September 2022');
});

test('adds an event from selected words: the source is exactly those words, the date comes from the mention inside', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  // A body paragraph with a dated mention: select from the paragraph's start to the end of that mention.
  const mention = data.mentions.find((m) => m.type === 'DATE' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(m.value) && data.paragraphs.find((p) => p.id === m.paragraph)?.kind === 'body')!;
  const paragraph = data.paragraphs.find((p) => p.id === mention.paragraph)!;
  const words = paragraph.text.slice(0, mention.end);
  await openApp(page);
  const before = data.events.length;
  await selectWords(page, paragraph.id, words);
  await toolbarOf(page).getByRole('button', { name: 'Add event from selection' }).click();
  const form = page.getByRole('form', { name: 'Add event from selection' });
  await expect(form.getByTestId('date-reading')).toContainText(`EDTF ${mention.value}`);
  await form.getByLabel('Title').fill('Hand-made event');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expectSaved(page);
  await expectEventCount(page, before + 1);
  await expect(eventCardTitleOf(page)).toHaveText('Hand-made event');
  await expect(eventCardOf(page).locator('blockquote')).toHaveText(words);
  await expect(paragraphOf(page, paragraph.id).getByTestId('source-highlight')).toHaveText(words);

  await page.keyboard.press('ControlOrMeta+z');
  await expectEventCount(page, before);
  await expect(page.getByText(/has no event/)).toHaveCount(0);
});

test('delete and undo; after a reload the history is still there and undo goes on', async ({ page, request }) => {
  const event = findDayEvent(await fetchSeedData(request));
  await openApp(page);
  await selectEvent(page, event);
  await editorOf(page).getByLabel('Title').fill('Renamed before deleting');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expectSaved(page);
  await editorOf(page).getByRole('button', { name: 'Delete event' }).click();
  await expectSaved(page);
  await expect(eventMarkOf(page, event.id)).toHaveCount(0);
  // The reader deleted it: the selection simply clears, with no "unknown event" notice.
  await expect(page.getByText(/has no event/)).toHaveCount(0);
  await expect(eventCardOf(page)).toContainText('Choose an event on the timeline');

  await toolbarOf(page).getByRole('button', { name: 'Undo' }).click();
  await expectSaved(page);
  await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-label', /: Renamed before deleting$/);

  await page.reload();
  await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-label', /: Renamed before deleting$/);
  await expect(toolbarOf(page).getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-label', new RegExp(`: ${event.title}$`));
  await page.keyboard.press('Shift+ControlOrMeta+z');
  await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-label', /: Renamed before deleting$/);
});

test('the legend toggles filter the timeline by category', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  const battles = data.events.filter((e) => e.category === 'battle');
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Battle', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const before = data.events.length;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectEventCount(page, before - battles.length);
  await toggle.click();
  await expectEventCount(page, before);
});

test('editing works by keyboard alone', async ({ page, request }) => {
  const event = findDayEvent(await fetchSeedData(request));
  await openApp(page);
  await eventMarkOf(page, event.id).focus();
  await page.keyboard.press('Enter');
  const title = editorOf(page).getByLabel('Title');
  for (let n = 0; n < 40 && !(await title.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  await expect(eventCardTitleOf(page)).toHaveText('Typed without a mouse');
  // Out of the text field, Ctrl+Z undoes the edit itself.
  const undo = toolbarOf(page).getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(eventCardTitleOf(page)).toHaveText(event.title);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious with the editor open and a date being typed', async ({ page, request }) => {
      const event = findDayEvent(await fetchSeedData(request));
      await openApp(page);
      await selectEvent(page, event);
      await editorOf(page).getByLabel('Date').fill('early August 2022 – ongoing');
      await expect(editorOf(page).getByTestId('date-reading')).toContainText('EDTF 2022-08~/..');
      const findings = async () => (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`));
      expect(await findings()).toEqual([]);
      await editorOf(page).getByLabel('Date').fill('no date here');
      await expect(editorOf(page).getByTestId('date-reading')).toContainText('could not be read');
      expect(await findings()).toEqual([]);
    });
  });
}

test('print shows the article followed by the events as a table', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  await expect(articleOf(page)).toBeVisible();
  const table = page.getByRole('region', { name: 'Events for print' }).getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(data.events.length);
  const articleBottom = await articleOf(page).evaluate((el) => el.getBoundingClientRect().bottom);
  const tableTop = await table.evaluate((el) => el.getBoundingClientRect().top);
  expect(tableTop).toBeGreaterThan(articleBottom);
});
