import { expect, test, type Page } from '@playwright/test';
import {
  articleOf, eventMarkOf, eventMarksOf, findEmptySvgPoint, isDayLabel, openApp, readAxis, tickLabelsOf, timelineOf,
} from './support/appPage';
import { fetchSeedData, readStartMs } from './support/seedData';

const readLabels = (page: Page) => tickLabelsOf(page).allTextContents();

/** Clicks "Zoom in" until the axis counts days, at most `maxClicks` times; returns how many clicks it took. */
async function zoomInToDays(page: Page, maxClicks = 12): Promise<number> {
  const zoomIn = timelineOf(page).getByRole('button', { name: 'Zoom in' });
  for (let clicks = 1; clicks <= maxClicks; clicks++) {
    await zoomIn.click();
    const labels = await readLabels(page);
    if (labels.length > 0 && labels.every(isDayLabel)) return clicks;
  }
  throw new Error(`the axis still shows ${JSON.stringify(await readLabels(page))} after ${maxClicks} clicks on Zoom in`);
}

/** Waits until the axis reads the same twice, 200 ms apart (any zoom animation has ended), and returns it. */
async function readSettledAxis(page: Page): Promise<string[]> {
  let previous: string[] | null = null;
  await expect
    .poll(async () => {
      const now = await readAxis(page);
      const settled = previous !== null && now.join('|') === previous.join('|');
      previous = now;
      return settled;
    }, { intervals: [200], message: 'the axis stops moving' })
    .toBe(true);
  return previous!;
}

test.describe('zooming the timeline', () => {
  test('the axis counts years or months when fitted and days after zooming in with the button', async ({ page }) => {
    await openApp(page);
    const fitted = await readLabels(page);
    expect(fitted.length).toBeGreaterThan(1);
    expect(fitted.filter(isDayLabel)).toEqual([]);

    await zoomInToDays(page);

    expect((await readLabels(page)).every(isDayLabel)).toBe(true);
  });

  test('wheeling over the timeline zooms the axis in to days', async ({ page }) => {
    await openApp(page);
    const { x, y } = await findEmptySvgPoint(page);
    await page.mouse.move(x, y);

    for (let turn = 0; turn < 30 && !(await readLabels(page)).every(isDayLabel); turn++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(30);
    }

    const labels = await readLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every(isDayLabel)).toBe(true);
  });

  test('"Fit all" and "Zoom out" bring back the fitted axis', async ({ page }) => {
    await openApp(page);
    const fitted = await readSettledAxis(page);
    await zoomInToDays(page);
    await timelineOf(page).getByRole('button', { name: 'Zoom out' }).click();

    await timelineOf(page).getByRole('button', { name: 'Fit all' }).click();

    await expect.poll(() => readAxis(page)).toEqual(fitted);
  });

  test('the + and 0 keys zoom in and fit all', async ({ page }) => {
    await openApp(page);
    const fitted = await readSettledAxis(page);
    await eventMarksOf(page).first().focus();

    for (let press = 0; press < 3; press++) await page.keyboard.press('+');
    await expect.poll(() => readAxis(page)).not.toEqual(fitted);
    await page.keyboard.press('0');

    await expect.poll(() => readAxis(page)).toEqual(fitted);
  });
});

test.describe('panning the timeline', () => {
  test('dragging the timeline sideways moves the axis', async ({ page }) => {
    await openApp(page);
    await timelineOf(page).getByRole('button', { name: 'Zoom in' }).click();
    await timelineOf(page).getByRole('button', { name: 'Zoom in' }).click();
    const before = await readSettledAxis(page);
    const { x, y } = await findEmptySvgPoint(page);

    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 80, y, { steps: 4 });
    await page.mouse.move(x - 200, y, { steps: 4 });
    await page.mouse.up();

    const after = await readSettledAxis(page);
    expect(after).not.toEqual(before);
  });

  test('selecting an off-screen event from the article pans the timeline to it', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    await openApp(page);
    // The earliest event a date in the text selects: far from the middle, where zooming in keeps the view.
    const mentionedIds = new Set(await articleOf(page).locator('button.mention').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id'))));
    const [earliest] = data.events
      .filter((e) => mentionedIds.has(e.id))
      .sort((a, b) => readStartMs(a, data.article.published) - readStartMs(b, data.article.published));
    // All the way in, so that not even the mark's label reaches into view.
    for (let clicks = 0; clicks < 10; clicks++) await timelineOf(page).getByRole('button', { name: 'Zoom in' }).click();
    await readSettledAxis(page);
    const svgBox = (await timelineOf(page).getByRole('group', { name: 'Events in time order' }).boundingBox())!;
    const isInsideSvg = async () => {
      // A mark out of view is culled: not drawn at all.
      if ((await eventMarkOf(page, earliest!.id).count()) === 0) return false;
      const box = await eventMarkOf(page, earliest!.id).boundingBox();
      return box !== null && box.x + box.width > svgBox.x && box.x < svgBox.x + svgBox.width;
    };
    expect(await isInsideSvg()).toBe(false);

    await articleOf(page).locator(`button.mention[data-event-id="${earliest!.id}"]`).first().click();

    await expect(eventMarkOf(page, earliest!.id)).toHaveAttribute('aria-current', 'true');
    await expect.poll(isInsideSvg).toBe(true);
  });
});

/** Width in px of the visible window drawn on the overview strip: the narrower, the deeper the zoom. */
async function readOverviewWindowPx(page: Page): Promise<number> {
  return page.getByTestId('timeline-overview').locator('.selection').evaluate((rect) => rect.getBoundingClientRect().width);
}

test.describe('pinching the timeline on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('spreading two fingers zooms the axis in', async ({ page }) => {
    await openApp(page);
    const before = await readSettledAxis(page);
    const windowBefore = await readOverviewWindowPx(page);
    const { x, y } = await findEmptySvgPoint(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: x - spread, y, id: 1 }, { x: x + spread, y, id: 2 }],
      });

    await touch('touchStart', 20);
    for (let spread = 30; spread <= 150; spread += 15) await touch('touchMove', spread);
    await touch('touchEnd', 150);

    const after = await readSettledAxis(page);
    expect(after).not.toEqual(before);
    // Zoomed in, not just panned: the overview's window (the part of the story shown) is narrower.
    expect(await readOverviewWindowPx(page)).toBeLessThan(windowBefore / 1.5);
  });
});
