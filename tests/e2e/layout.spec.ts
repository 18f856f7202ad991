// Issue 8, the page layout: at any number of events the timeline keeps a bounded box and the article the rest.
import { expect, test } from '@playwright/test';
import { articleOf, eventCardOf, eventMarksOf, expectFullyInView, paragraphOf, sourceHighlightsOf, timelineOf } from './support/appPage';
import { serveLongArticle } from './support/generatedData';

test.use({ viewport: { width: 1280, height: 800 } });

const readBoxes = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      timelineBox: { top: box('.explorer-timeline').top, height: box('.explorer-timeline').height },
      articleHeight: box('#article').height,
      pageScrollY: window.scrollY,
      pageScrollHeight: document.documentElement.scrollHeight,
    };
  });

test.describe('on 1280 × 800 with 1,000 events', () => {
  test('the timeline box stays within 40 % of the screen and the article pane keeps at least half of it', async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'thousand.events.json', 3000, 3));
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });

    const { timelineBox, articleHeight, pageScrollHeight } = await readBoxes(page);
    expect(timelineBox.height).toBeLessThanOrEqual(320);
    expect(articleHeight).toBeGreaterThanOrEqual(400);
    expect(pageScrollHeight).toBe(800);
    await expect(timelineOf(page).getByRole('button', { name: /zoom in/i })).toBeInViewport();
    await expect(eventCardOf(page)).toBeInViewport();
  });

  test('selecting an event from the article scrolls the article pane, never the page', async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'thousand.events.json', 3000, 3));
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });
    const before = await readBoxes(page);

    await page.evaluate(() => (window.location.hash = '#event=e2400'));

    await expect(paragraphOf(page, 'p2400')).toHaveAttribute('aria-current', 'true');
    await expectFullyInView(paragraphOf(page, 'p2400'));
    await expect(sourceHighlightsOf(page)).toHaveText([/the harbour council met on/]);
    const after = await readBoxes(page);
    expect(after.pageScrollY).toBe(0);
    expect(after.timelineBox).toEqual(before.timelineBox);
    expect(await articleOf(page).evaluate((pane) => pane.scrollTop)).toBeGreaterThan(50_000);
  });

  test('clicking a mark highlights its source in the article while the timeline stays where it is', async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'thousand.events.json', 3000, 3));
    const mark = eventMarksOf(page).last();
    await expect(mark).toBeVisible({ timeout: 20_000 });
    const before = await readBoxes(page);
    const eventId = (await mark.getAttribute('data-event-id'))!;

    await mark.click();

    await expectFullyInView(paragraphOf(page, `p${eventId.slice(1)}`));
    const after = await readBoxes(page);
    expect(after.pageScrollY).toBe(0);
    expect(after.timelineBox).toEqual(before.timelineBox);
  });
});
