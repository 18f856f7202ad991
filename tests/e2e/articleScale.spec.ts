// Issue 8, long articles: every source of a 3,000-paragraph article can be reached by keyboard from the timeline,
// scrolled to, highlighted, and its mention focused.
import { expect, test } from '@playwright/test';
import { eventMarksOf, expectFullyInView, paragraphOf, readSelectedEventId, sourceHighlightsOf } from './support/appPage';
import { serveLongArticle } from './support/generatedData';

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('a 3,000-paragraph article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(await serveLongArticle(page, 'long.events.json', 3000, 50));
    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 20_000 });
    await expect(paragraphOf(page, 'p3000')).toBeAttached({ timeout: 20_000 });
  });

  test('selecting the latest event by keyboard brings its far paragraph into view, highlights its words, and its mention takes focus', async ({ page }) => {
    // The latest events (e500 and e2600, both on 25 September 2010) sit in paragraphs far below the first screen.
    await eventMarksOf(page).first().focus();
    await page.keyboard.press('End');

    await expect.poll(() => readSelectedEventId(page)).toMatch(/^e(500|2600)$/);
    const paragraph = paragraphOf(page, `p${(await readSelectedEventId(page))!.slice(1)}`);
    await expect(paragraph).toHaveAttribute('aria-current', 'true');
    await expectFullyInView(paragraph);
    await expect(sourceHighlightsOf(page)).toHaveText(['the harbour council met on 25 September 2010']);

    const mention = paragraph.getByRole('button', { name: '25 September 2010' });
    await mention.focus();
    await expect(mention).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mention).toBeFocused();
    await expect(paragraph).toHaveAttribute('aria-current', 'true');
  });
});
