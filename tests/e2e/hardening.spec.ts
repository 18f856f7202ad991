// Issue 10, the app's part: every failure an outside probe found, as a regression spec in Chromium.
import { expect, test, type Page } from '@playwright/test';
import type { DataFile } from '../../src/model/dataFile';
import { articleOf, eventCardOf, eventMarkOf, eventMarksOf, openApp, readSelectedEventId, readVisibility } from './support/appPage';
import { holdDataFile, SEED_DATA_FILE_ROUTE } from './support/holdDataFile';
import { fetchSeedData } from './support/seedData';


/** Serves the seed data file with one change, as the probe did. */
async function serveSeedWith(page: Page, change: (file: DataFile) => void): Promise<DataFile> {
  const file = await fetchSeedData(page.request);
  change(file);
  await page.route(SEED_DATA_FILE_ROUTE, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
  return file;
}

const readPageWidths = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

const focusedMentionId = (page: Page) =>
  page.evaluate(() => (document.activeElement?.matches('button.mention') ? document.activeElement.getAttribute('data-mention-id') : null));

test.describe('#3 and #4: dates the schema and the timeline get right', () => {
  test('an event on 1 January of year 1 sits in year 1, not 1901', async ({ page }) => {
    const file = await serveSeedWith(page, (f) => Object.assign(f.events[0]!, { start: '0001-01-01', edtf: '0001-01-01' }));
    await openApp(page);
    const id = file.events[0]!.id;

    await expect(eventMarkOf(page, id)).toHaveAccessibleName(`1 January 1: ${file.events[0]!.title}`);
    await eventMarkOf(page, id).click();

    await expect(eventCardOf(page).getByTestId('event-distance')).toHaveText('2022½ years before');
  });

  test('an impossible publication date is refused with its path', async ({ page }) => {
    await serveSeedWith(page, (f) => (f.article.published = '2023-99-99'));
    await page.goto('/');

    await expect(page.getByTestId('load-error-message')).toHaveText(
      'The data file does not match the schema: article.published: "2023-99-99" is not a real calendar date',
    );
  });

  test('a year before 1 CE is refused clearly', async ({ page }) => {
    await serveSeedWith(page, (f) => (f.events[1]!.start = '-0044'));
    await page.goto('/');

    await expect(page.getByTestId('load-error-message')).toContainText('events[1].start: "-0044" is a year before 1 CE');
  });
});

test.describe('#5: nothing from the URL widens the page', () => {
  for (const width of [1280, 390]) {
    test(`a 100,000-character unknown event id on a ${width} px screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, `#event=${'x'.repeat(100_000)}`);

      const notice = page.getByRole('status').filter({ hasText: 'This article has no event' });
      await expect(notice).toHaveText(`This article has no event "${'x'.repeat(60)}…", so nothing is selected.`);
      const { scrollWidth, clientWidth } = await readPageWidths(page);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('an encoded <img onerror> payload is text that wraps, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    await openApp(page, '#event=%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E');

    await expect(page.getByRole('status').filter({ hasText: '<img src=x onerror=alert(document.domain)>' })).toBeVisible();
    const { scrollWidth, clientWidth } = await readPageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.locator('img').count()).toBe(0);
    expect(alerted).toBe(false);
  });
});

test.describe('#6: a data request that never answers', () => {
  test('says so after 15 s, offers Retry, and after Retry the article has the focus', async ({ page }) => {
    test.setTimeout(60_000);
    let requests = 0;
    await page.route(SEED_DATA_FILE_ROUTE, async (route) => {
      requests += 1;
      // The first request is never answered; the one Retry makes is.
      if (requests > 1) await route.continue();
    });
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The timeline is taking too long', { timeout: 25_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline…' })).toBeVisible();
    await alert.getByRole('button', { name: 'Retry' }).click();

    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
    await expect(articleOf(page)).toBeFocused();
  });

  test('Keep waiting hides the notice and the file still arrives', async ({ page }) => {
    test.setTimeout(60_000);
    const release = await holdDataFile(page);
    await page.goto('/');

    await page.getByRole('button', { name: 'Keep waiting' }).click({ timeout: 25_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    release();

    await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('#7: keyboard and focus', () => {
  test('Enter on each mention selects its event and keeps the focus on that mention', async ({ page }) => {
    await openApp(page);
    const mentions = articleOf(page).locator('button.mention');
    const ids = await mentions.evaluateAll((buttons) => buttons.map((b) => [b.getAttribute('data-mention-id')!, b.getAttribute('data-event-id')!]));
    expect(ids.length).toBeGreaterThan(0);

    for (const [mentionId, eventId] of ids) {
      await articleOf(page).locator(`button.mention[data-mention-id="${mentionId}"]`).focus();
      await page.keyboard.press('Enter');

      expect(await readSelectedEventId(page)).toBe(eventId);
      expect(await focusedMentionId(page)).toBe(mentionId);
    }
  });

  test('Escape clears the selection from a mention, from the card and from the page', async ({ page }) => {
    await openApp(page);
    const mention = articleOf(page).locator('button.mention').first();
    const focusers = [() => mention.focus(), () => eventCardOf(page).focus(), () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())];

    for (const focus of focusers) {
      await mention.click();
      expect(await readSelectedEventId(page)).not.toBeNull();
      await focus();
      await page.keyboard.press('Escape');
      expect(await readSelectedEventId(page)).toBeNull();
      expect(new URL(page.url()).hash).toBe('');
    }
  });

  test('at 200 % zoom, tabbing through the article, forward and back, never leaves a mention under the sticky timeline', async ({ browser }) => {
    // 1280 × 800 at 200 %: a 640 × 400 CSS-pixel viewport at twice the pixel density.
    const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await openApp(page);
    const mentionCount = await articleOf(page).locator('button.mention').count();
    await articleOf(page).focus();

    const steps = [...Array<string>(mentionCount).fill('Tab'), ...Array<string>(mentionCount - 1).fill('Shift+Tab')];
    for (const key of steps) {
      await page.keyboard.press(key);
      const focused = page.locator(':focus');
      await expect(focused).toHaveClass(/mention/);
      await expect.poll(() => readVisibility(focused), { message: `after ${key}` }).toEqual({ visibleFraction: 1, uncovered: true });
    }
    await context.close();
  });
});
