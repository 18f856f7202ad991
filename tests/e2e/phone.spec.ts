import { expect, test, type Page } from '@playwright/test';
import { eventMarkOf, expectFullyInView, openApp, paragraphOf, sourceHighlightsOf, timelineOf } from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

const readPageWidths = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

const firstMarkId = (page: Page) => timelineOf(page).locator('[role="button"][data-event-id]').first().getAttribute('data-event-id').then((id) => id!);

test.describe('on a 390 × 844 phone', () => {
  test('the page never scrolls sideways', async ({ page }) => {
    await openApp(page);

    const { scrollWidth, clientWidth } = await readPageWidths(page);

    expect(clientWidth).toBe(390);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('the timeline is visible and fits the screen width', async ({ page }) => {
    await openApp(page);

    await expect(timelineOf(page)).toBeVisible();
    const box = (await timelineOf(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });

  test('"Hide timeline" gives the article the room, and "Show timeline" brings the marks back', async ({ page }) => {
    await openApp(page);
    const article = page.getByRole('article', { name: 'Article' });
    const heightBefore = (await article.boundingBox())!.height;

    await timelineOf(page).getByRole('button', { name: 'Hide timeline' }).tap();

    await expect(eventMarkOf(page, await firstMarkId(page))).toBeHidden();
    expect((await article.boundingBox())!.height).toBeGreaterThan(heightBefore + 250);
    await timelineOf(page).getByRole('button', { name: 'Show timeline' }).tap();
    await expect(eventMarkOf(page, await firstMarkId(page))).toBeVisible();
  });

  test('tapping a mark shows its source paragraph with the words highlighted, still without sideways scroll', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const event = findRequiredEvent(data, REQUIRED_EVENTS[5]!);
    await openApp(page);

    await eventMarkOf(page, event.id).tap();

    const paragraph = paragraphOf(page, event.sources[0]!.paragraph);
    await expect(paragraph).toHaveAttribute('aria-current', 'true');
    await expectFullyInView(paragraph);
    await expect(sourceHighlightsOf(page)).toHaveText([event.sources[0]!.text]);
    const { scrollWidth, clientWidth } = await readPageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
