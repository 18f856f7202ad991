// Issue 8, long articles: a 3,000-paragraph text opens, and mentions, highlights and scroll-to-source still work.
import { expect, test } from '@playwright/test';
import { articleOf, eventMarksOf, expectFullyInView, paragraphOf, readSelectedEventId, sourceHighlightsOf } from './support/appPage';
import { serveLongArticle } from './support/generatedData';

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('a 3,000-paragraph article', () => {
  test('opens with its first paragraphs at once and the rest following, in order', async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'long.events.json', 3000, 50));
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });
    await expect(paragraphOf(page, 'p1')).toBeVisible();

    await expect(articleOf(page).locator('[data-paragraph-id]')).toHaveCount(3001, { timeout: 20_000 });
    await expect(articleOf(page).locator('[data-paragraph-id]').last()).toHaveAttribute('data-paragraph-id', 'p3000');
  });

  test('a link to an event whose source lies far down scrolls the pane to it and highlights the words', async ({ page }) => {
    await page.goto(`${await serveLongArticle(page, 'long.events.json', 3000, 50)}#event=e2950`);
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });

    await expect(paragraphOf(page, 'p2950')).toHaveAttribute('aria-current', 'true');
    await expectFullyInView(paragraphOf(page, 'p2950'));
    await expect(sourceHighlightsOf(page)).toHaveText(['the harbour council met on 11 November 2000']);
  });

  test('a mention far down selects its event on the timeline', async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'long.events.json', 3000, 50));
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });
    const mention = paragraphOf(page, 'p2900').getByRole('button', { name: '17 September 2010' });

    await mention.scrollIntoViewIfNeeded({ timeout: 20_000 });
    await mention.click();

    expect(await readSelectedEventId(page)).toBe('e2900');
    await expect(mention).toBeFocused();
  });
});
