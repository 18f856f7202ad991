import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { DataFileSchema } from '../../src/model/dataFile';
import { mergeStory } from '../../src/model/mergeStory';
import { eventListSummaryOf, expectEventCount, sourceHighlightsOf, timelineOf } from './support/appPage';
import { filledArticleId, fillLibrary, generateArticles } from './support/storyLibrary';

const files = generateArticles(20, 500);

/** The canvas's colour where a mark's accent stripe lies (3 px high, 8–11 px under its glyph), as "rgb(r, g, b)". */
async function stripeColourUnder(mark: Locator): Promise<string> {
  const hit = (await mark.locator('.mark-hit').boundingBox())!;
  const point = { x: hit.x + hit.width / 2, y: hit.y + hit.height / 2 + 9.5 };
  return mark.page().getByTestId('mark-canvas').evaluate((canvas: HTMLCanvasElement, { x, y }) => {
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, point);
}
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

  // So many marks are painted on the canvas, each with its article's stripe under the glyph.
  await expect(timelineOf(page).locator('.event-marks')).toHaveAttribute('data-layer', 'canvas');
  const mark = timelineOf(page).locator(`[role="button"][data-event-id^="${filledArticleId(3)}~"][aria-label$=", from “Generated article 4”"]`).first();
  await expect(mark).toBeVisible();
  const swatch = page.locator('.story-chooser-list label', { hasText: 'Generated article 4 (' }).locator('.story-swatch');
  const articleColour = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await stripeColourUnder(mark)).toBe(articleColour);

  // A mark of one article opens that article at its source words.
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
