import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DataFileSchema } from '../../src/model/dataFile';
import { mergeStory } from '../../src/model/mergeStory';
import { eventListSummaryOf, expectEventCount, sourceHighlightsOf, timelineOf } from './support/appPage';
import { filledArticleId, fillLibrary, generateArticles } from './support/storyLibrary';

const files = generateArticles(20, 500);
const seed = DataFileSchema.parse(JSON.parse(readFileSync('data/seed.events.json', 'utf8')));

test('a story of 20 articles × 500 events opens, names its marks, opens an article from a mark, and narrows to one article', async ({ page }) => {
  test.slow();
  const parsed = files.map((file) => DataFileSchema.parse(file));
  const expected = mergeStory([
    { key: 'seed', name: seed.article.title, published: seed.article.published, events: seed.events },
    ...parsed.map((file, index) => ({ key: filledArticleId(index), name: file.article.title, published: file.article.published, events: file.events })),
  ]).events.length;
  await page.goto('/#library');
  await fillLibrary(page, files);
  await page.goto('/#story');
  await expect(eventListSummaryOf(page)).toBeVisible({ timeout: 60_000 });
  await expectEventCount(page, expected);
  expect(expected).toBeGreaterThan(9_000);

  // A mark of one article opens that article at its source words.
  const mark = timelineOf(page).locator(`[role="button"][data-event-id^="${filledArticleId(3)}~"][aria-label$=", from “Generated article 4”"]`).first();
  await expect(mark).toBeVisible();
  const eventId = (await mark.getAttribute('data-event-id'))!.split('~')[1]!;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#article=${filledArticleId(3)}&event=${eventId}$`), { timeout: 30_000 });
  const source = parsed[3]!.events.find((e) => e.id === eventId)!.sources[0]!.text;
  await expect(sourceHighlightsOf(page)).toHaveText([source], { timeout: 30_000 });

  await page.goBack();
  const chooser = page.getByRole('group', { name: 'Articles in the story' });
  await chooser.getByRole('button', { name: 'None' }).click();
  await chooser.getByRole('checkbox', { name: 'Generated article 4 (500 events)' }).check();
  await expectEventCount(page, 500);
  await expect(timelineOf(page).locator(`[role="button"][data-event-id]:not([data-event-id^="${filledArticleId(3)}~"])`)).toHaveCount(0);
});
