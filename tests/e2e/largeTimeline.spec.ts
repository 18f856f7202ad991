import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DataFileSchema, type DataFile } from '../../src/model/dataFile';
import { formatEventDate } from '../../src/model/timeLabel';
import { placeEvents } from '../../src/timeline/placeEvents';
import { eventMarksOf, readAxis, readSelectedEventId, sourceHighlightsOf, timelineOf } from './support/appPage';
import { serveGeneratedData } from './support/generatedData';

test.use({ viewport: { width: 1280, height: 800 } });

/** Opens a generated story of `count` events and waits for its first mark. */
async function openGenerated(page: Page, count: number): Promise<DataFile> {
  const { data, path } = await serveGeneratedData(page, count);
  await page.goto(path);
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 30_000 });
  return DataFileSchema.parse(data);
}

const clustersOf = (page: Page) => timelineOf(page).locator('.cluster-mark');
const overviewWindowOf = (page: Page) => page.getByTestId('timeline-overview').locator('.selection');

/** An element's box once two reads in a row agree (an animation has ended). */
async function readSettledBox(locator: Locator) {
  let last = '';
  let box = await locator.boundingBox();
  await expect.poll(async () => {
    box = await locator.boundingBox();
    const now = JSON.stringify(box);
    const settled = now === last;
    last = now;
    return settled;
  }).toBe(true);
  return box!;
}

/** The box of the time axis in the viewport. */
const readAxisBox = (page: Page) => page.getByTestId('time-axis').locator('.axis-band').evaluate((band) => {
  const { top, bottom } = band.getBoundingClientRect();
  return { top, bottom };
});

test.describe('a story of 1,000 events on a 1280 × 800 screen', () => {
  test('keeps the timeline within 40 % of the screen and the axis on screen, also after selecting a mark', async ({ page }) => {
    await openGenerated(page, 1000);
    const timelineBox = (await timelineOf(page).boundingBox())!;
    expect(timelineBox.height).toBeLessThanOrEqual(0.4 * 800);
    const mark = eventMarksOf(page).nth(5);
    await mark.click();
    await expect.poll(() => readSelectedEventId(page)).toBe(await mark.getAttribute('data-event-id'));
    const axis = await readAxisBox(page);
    expect(axis.top).toBeGreaterThanOrEqual(0);
    expect(axis.bottom).toBeLessThanOrEqual(800);
    // Selecting never scrolls the page itself away from the timeline.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('draws the events that do not fit as clusters "+N", and a click on one zooms in to show its events', async ({ page }) => {
    await openGenerated(page, 1000);
    const cluster = clustersOf(page).nth(3);
    const count = Number(await cluster.getAttribute('data-count'));
    const [firstId] = (await cluster.getAttribute('data-cluster-key'))!.split('…');
    expect(count).toBeGreaterThan(1);
    await expect(cluster).toHaveAccessibleName(new RegExp(`^${count} events, .+ Press to see each one\\.$`));
    await expect(timelineOf(page).locator(`[role="button"][data-event-id="${firstId}"]`)).toHaveCount(0);
    const windowBefore = (await overviewWindowOf(page).boundingBox())!.width;

    await cluster.click();

    await expect(timelineOf(page).locator(`[role="button"][data-event-id="${firstId}"]`)).toBeVisible();
    await expect.poll(async () => (await overviewWindowOf(page).boundingBox())!.width).toBeLessThan(windowBefore / 4);
  });

  test('dragging the overview strip\'s window moves the view, and a click beside it recentres the view there', async ({ page }) => {
    await openGenerated(page, 1000);
    for (let i = 0; i < 3; i++) await timelineOf(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await overviewWindowOf(page).boundingBox())!.width).toBeLessThan(200);
    // The last zoom step may still be animating: measure the window once it stands still.
    const window = await readSettledBox(overviewWindowOf(page));
    const axisBefore = await readAxis(page);

    await page.mouse.move(window.x + window.width / 2, window.y + window.height / 2);
    await page.mouse.down();
    await page.mouse.move(window.x + window.width / 2 - 150, window.y + window.height / 2, { steps: 5 });
    await page.mouse.up();

    await expect.poll(() => readAxis(page)).not.toEqual(axisBefore);
    await expect.poll(async () => Math.abs((await overviewWindowOf(page).boundingBox())!.x - (window.x - 150))).toBeLessThan(3);

    const strip = (await page.getByTestId('timeline-overview').boundingBox())!;
    await page.mouse.click(strip.x + 300, strip.y + strip.height / 2);
    await expect.poll(async () => {
      const box = (await overviewWindowOf(page).boundingBox())!;
      return Math.round(box.x + box.width / 2 - (strip.x + 300));
    }).toBe(0);
  });

  test('ArrowRight walks every one of the 1,000 events once, in time order, moving focus and selection along', async ({ page }) => {
    // 999 real key presses, each a round trip to the browser: minutes on a loaded 2-core machine (a hang guard, not a timing goal).
    test.setTimeout(360_000);
    const data = await openGenerated(page, 1000);
    const expected = placeEvents(data.events, data.article.published).placed.map((p) => p.event.id);
    await page.evaluate(() => {
      const visited: string[] = [];
      (window as unknown as { visited: string[] }).visited = visited;
      document.addEventListener('focusin', (event) => {
        const id = (event.target as Element).getAttribute?.('data-event-id');
        if (id && (event.target as Element).getAttribute('role') === 'button') visited.push(id);
      });
    });
    await eventMarksOf(page).first().focus();
    await page.keyboard.press('Home');
    for (let press = 1; press < expected.length; press++) await page.keyboard.press('ArrowRight');

    await expect.poll(() => page.evaluate(() => (window as unknown as { visited: string[] }).visited.at(-1))).toBe(expected.at(-1));
    const visited = await page.evaluate(() => (window as unknown as { visited: string[] }).visited);
    // Focus may come back to a mark more than once while the view pans; the order of first visits is what counts.
    expect([...new Set(visited)]).toEqual(expected);
    expect(await readSelectedEventId(page)).toBe(expected.at(-1));
  });

  test('the list of all events names every one "<date>: <title>" in time order, with its place in the list', async ({ page }) => {
    const data = await openGenerated(page, 1000);
    const names = placeEvents(data.events, data.article.published).placed.map(({ event }) => `${formatEventDate(event, data.article.published)}: ${event.title}`);
    await timelineOf(page).getByText('List all 1,000 events').click();
    const list = timelineOf(page).getByRole('list', { name: 'All events in time order' });
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-setsize', '1000');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows.getByRole('button').allTextContents()).toEqual(names.slice(0, await rows.count()));

    await list.evaluate((ul) => ul.parentElement!.scrollTo({ top: ul.scrollHeight }));
    await expect(rows.last()).toHaveAttribute('aria-posinset', '1000');
    await expect(rows.last().getByRole('button')).toHaveAccessibleName(names.at(-1)!);

    await rows.last().getByRole('button').click();
    await expect.poll(() => readSelectedEventId(page)).toBe(placeEvents(data.events, data.article.published).placed.at(-1)!.event.id);
  });
});

test.describe('accessibility at scale', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in the timeline of 1,000 events, with clusters, a selection and the list open (${colorScheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await openGenerated(page, 1000);
      await expect(clustersOf(page).first()).toBeVisible();
      await eventMarksOf(page).nth(4).click();
      await timelineOf(page).getByText('List all 1,000 events').click();
      const results = await new AxeBuilder({ page }).include('section.timeline').analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')}`));
      expect(serious).toEqual([]);
    });
  }
});

test.describe('a story of 10,000 events', () => {
  test('opens, and a click on a mark selects it and highlights its source words', async ({ page }) => {
    test.setTimeout(90_000);
    const data = await openGenerated(page, 10_000);
    const mark = eventMarksOf(page).nth(10);
    const id = (await mark.getAttribute('data-event-id'))!;
    await mark.click();
    await expect.poll(() => readSelectedEventId(page)).toBe(id);
    await expect(sourceHighlightsOf(page)).toHaveText([data.events.find((e) => e.id === id)!.sources[0]!.text]);
  });
});
