import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eventCardOf, eventMarkOf, eventMarksOf, expectEventCount, sourceHighlightsOf, timelineOf } from './support/appPage';
import { editorOf, expectSaved } from './support/curationPage';
import { addBridgeArticle, addDialogOf, openAddArticle, pasteArticle } from './support/libraryPage';

/** A second paper's report: the bridge's reopening again (same day, other words) and one event of its own. */
const FERRY_ARTICLE = [
  'Portvale bridge open again',
  'The harbour bridge in Portvale reopened to traffic on Tuesday, the mayor said.',
  'Ferry crews went on strike in January over pay.',
].join('\n\n');

const BRIDGE = 'Harbour bridge reopens after repairs';
const FERRY = 'Portvale bridge open again';

async function addFerryArticle(page: Page): Promise<void> {
  const before = page.url();
  await openAddArticle(page);
  await pasteArticle(page, FERRY_ARTICLE);
  await addDialogOf(page).getByLabel('Publication date').fill('2024-03-14');
  await addDialogOf(page).getByRole('button', { name: 'Extract the timeline' }).click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(before);
}

/** The library id of a saved article, read from its link in the library. */
async function readArticleId(page: Page, headline: string): Promise<string> {
  await page.goto('/#library');
  const href = await page.getByRole('link', { name: headline, exact: true }).getAttribute('href');
  return /#article=([0-9a-f]{12})/.exec(href ?? '')![1]!;
}

const chooserOf = (page: Page) => page.getByRole('group', { name: 'Articles in the story' });

async function scanForSeriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')}`));
}

test('two saved articles and the built-in one make one story; the reopening both report is one mark that opens either article', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await addBridgeArticle(page);
  await addFerryArticle(page);
  const bridgeId = await readArticleId(page, BRIDGE);
  const ferryId = await readArticleId(page, FERRY);

  await page.getByRole('link', { name: 'All articles as one story' }).click();
  await expect(page).toHaveURL(/#story$/);
  await expect(page.getByRole('heading', { name: 'Story across your library' })).toBeVisible();
  const chooser = chooserOf(page);
  await expect(chooser.getByRole('checkbox')).toHaveCount(3);
  await expect(chooser.getByRole('checkbox', { name: `${BRIDGE} (4 events)` })).toBeChecked();
  await expect(chooser.getByRole('checkbox', { name: `${FERRY} (2 events)` })).toBeChecked();
  // The built-in article's 10 events, the bridge's 4 and the ferry's 2, less the reopening counted once.
  await expectEventCount(page, 15);

  // Only the two bridge articles: every mark has room, and each names its article.
  await chooser.getByRole('checkbox', { name: /^Vladimir Putin visits/ }).uncheck();
  await expect(page).toHaveURL(new RegExp(`#story=${ferryId},${bridgeId}$|#story=${bridgeId},${ferryId}$`));
  await expectEventCount(page, 5);
  await expect(eventMarkOf(page, `${bridgeId}~engineers-find-cracks-main-span`)).toHaveAttribute('aria-label', `June 2023: Engineers find cracks in main span, from “${BRIDGE}”`);
  await expect(eventMarkOf(page, `${ferryId}~ferry-crews-go-strike`)).toHaveAttribute('aria-label', `January 2024: Ferry crews go on strike, from “${FERRY}”`);
  // The library lists the newest first, so the ferry article's report leads the group and names the mark.
  const reopening = timelineOf(page).locator('[role="button"][data-event-id$="-reopens-traffic"]');
  await expect(reopening).toHaveCount(1);
  await expect(reopening).toHaveAttribute('data-event-id', `${ferryId}~harbour-bridge-portvale-reopens-traffic`);
  await expect(reopening).toHaveAttribute('aria-label', `12 March 2024: Harbour bridge in Portvale reopens to traffic, reported by 2 articles: “${FERRY}” and “${BRIDGE}”`);

  await reopening.click();
  const card = eventCardOf(page);
  await expect(card).toContainText('Reported by 2 articles');
  await expect(card.getByRole('blockquote')).toHaveText([
    'The harbour bridge in Portvale reopened to traffic on Tuesday, the mayor said',
    'The Portvale harbour bridge reopened to traffic on Tuesday after repairs that began in September 2022',
  ]);
  expect(await scanForSeriousFindings(page)).toEqual([]);
  await card.getByRole('link', { name: `Open “${FERRY}” at these words` }).click();
  await expect(page).toHaveURL(new RegExp(`#article=${ferryId}&event=harbour-bridge-portvale-reopens-traffic$`));
  await expect(sourceHighlightsOf(page)).toHaveText(['The harbour bridge in Portvale reopened to traffic on Tuesday, the mayor said']);

  // Back: the same story, the same group selected.
  await page.goBack();
  await expect(eventCardOf(page)).toContainText('Reported by 2 articles');
  await eventMarkOf(page, `${bridgeId}~engineers-find-cracks-main-span`).click();
  await expect(page).toHaveURL(new RegExp(`#article=${bridgeId}&event=engineers-find-cracks-main-span$`));
  await expect(sourceHighlightsOf(page)).toHaveText(['Engineers found cracks in the main span in June, the city council said']);

  // Choosing the ferry article alone leaves none of the bridge article's events.
  await page.goBack();
  await expectEventCount(page, 5);
  await chooserOf(page).getByRole('checkbox', { name: `${BRIDGE} (4 events)` }).uncheck();
  await expectEventCount(page, 2);
  await expect(timelineOf(page).locator(`[data-event-id^="${bridgeId}~"]`)).toHaveCount(0);
  await expect(eventMarkOf(page, `${ferryId}~harbour-bridge-portvale-reopens-traffic`)).toHaveAttribute('aria-label', `12 March 2024: Harbour bridge in Portvale reopens to traffic, from “${FERRY}”`);
  await page.reload();
  await expectEventCount(page, 2);
  await chooserOf(page).getByRole('button', { name: 'None' }).click();
  await expect(page).toHaveURL(/#story=$/);
  await expect(page.getByText('No article is chosen.')).toBeVisible();
  await chooserOf(page).getByRole('button', { name: 'All' }).click();
  await expect(page).toHaveURL(/#story$/);
  await expectEventCount(page, 15);
  expect(await scanForSeriousFindings(page)).toEqual([]);
});

test('with only the built-in article the story says how to add more, and Enter on a mark opens the built-in article at its words', async ({ page }) => {
  await page.goto('/');
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('navigation', { name: 'Your articles' }).getByRole('link', { name: 'Story' }).click();
  await expect(page).toHaveURL(/#story$/);
  await expect(page.getByText('Your library holds only the built-in article.')).toBeVisible();
  await expectEventCount(page, 10);
  const first = eventMarksOf(page).first();
  const eventId = (await first.getAttribute('data-event-id'))!.replace(/^seed~/, '');
  await expect(first).toHaveAttribute('aria-label', /, from “Vladimir Putin visits Russian troops in occupied Ukraine”$/);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/#event=${eventId}$`));
  await expect(sourceHighlightsOf(page).first()).toBeVisible();
  expect(await page.evaluate(() => window.location.hash)).toBe(`#event=${eventId}`);
});

test('a title edited by hand in an article is the title the story shows for it', async ({ page }) => {
  await page.goto('/');
  await addBridgeArticle(page);
  await eventMarkOf(page, 'engineers-find-cracks-main-span').click();
  await expect(editorOf(page)).toBeVisible();
  await editorOf(page).getByLabel('Title').fill('Cracks found in the main span');
  await editorOf(page).getByRole('button', { name: 'Save changes' }).click();
  await expectSaved(page);
  const articleId = /#article=([0-9a-f]{12})/.exec(page.url())![1]!;
  await page.getByRole('navigation', { name: 'Your articles' }).getByRole('link', { name: 'Story' }).click();
  await expect(eventMarkOf(page, `${articleId}~engineers-find-cracks-main-span`)).toHaveAttribute('aria-label', `June 2023: Cracks found in the main span, from “${BRIDGE}”`);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('axe finds nothing serious in a story of two articles with a group selected', async ({ page }) => {
    await page.goto('/');
    await addBridgeArticle(page);
    await addFerryArticle(page);
    await page.goto('/#story');
    await expectEventCount(page, 15);
    await chooserOf(page).getByRole('checkbox', { name: /^Vladimir Putin visits/ }).uncheck();
    await timelineOf(page).locator('[role="button"][data-event-id$="-reopens-traffic"]').click();
    await expect(eventCardOf(page)).toContainText('Reported by 2 articles');
    expect(await scanForSeriousFindings(page)).toEqual([]);
  });
});
