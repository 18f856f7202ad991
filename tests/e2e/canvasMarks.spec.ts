import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DataFileSchema, type DataFile } from '../../src/model/dataFile';
import { formatEventDate } from '../../src/model/timeLabel';
import { placeEvents } from '../../src/timeline/placeEvents';
import { eventMarksOf, readFocusedEventId, readSelectedEventId, sourceHighlightsOf, timelineOf } from './support/appPage';
import { serveGeneratedData } from './support/generatedData';

test.use({ viewport: { width: 1280, height: 800 } });
test.setTimeout(90_000);

async function openGenerated(page: Page, count: number): Promise<DataFile> {
  const { data, path } = await serveGeneratedData(page, count);
  await page.goto(path);
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 30_000 });
  return DataFileSchema.parse(data);
}

const canvasOf = (page: Page) => timelineOf(page).getByTestId('mark-canvas');
/** Marks drawn without a label: the middle of their hit area is their glyph. */
const bareMarksOf = (page: Page) => timelineOf(page).locator('.mark-proxy:not(:has(.mark-label))');

/** The middle of a mark's hit area, in the page. */
async function centreOf(mark: Locator): Promise<{ x: number; y: number }> {
  const box = (await mark.locator('.mark-hit').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** How opaque the canvas is at a point of the page (0–255): painted or not. */
const readCanvasAlpha = (page: Page, { x, y }: { x: number; y: number }) => canvasOf(page).evaluate((canvas: HTMLCanvasElement, point) => {
  const box = canvas.getBoundingClientRect();
  const ratio = canvas.width / box.width;
  return canvas.getContext('2d')!.getImageData(Math.round((point.x - box.left) * ratio), Math.round((point.y - box.top) * ratio), 1, 1).data[3];
}, { x, y });

test.describe('a story of 10,000 events is painted on a canvas', () => {
  test('paints the marks in view on a canvas sized for the screen, under one named DOM mark each', async ({ page }) => {
    await openGenerated(page, 10_000);
    await expect(timelineOf(page).locator('.event-marks')).toHaveAttribute('data-layer', 'canvas');
    const painted = Number(await canvasOf(page).getAttribute('data-mark-count'));
    const named = await eventMarksOf(page).count();
    expect(painted).toBeGreaterThan(100);
    // Every mark in view is a DOM button; the canvas paints all but the few drawn in full (selected, source in view).
    expect(named).toBeGreaterThanOrEqual(painted);
    const mark = bareMarksOf(page).nth(3);
    expect(await readCanvasAlpha(page, await centreOf(mark))).toBeGreaterThan(0);
    // Nothing is painted over the axis band.
    const axisBand = (await page.getByTestId('time-axis').locator('.axis-band').boundingBox())!;
    expect(await readCanvasAlpha(page, { x: axisBand.x + 5, y: axisBand.y + 5 })).toBe(0);
  });

  test('a click at a mark’s glyph selects it and highlights its source words', async ({ page }) => {
    const data = await openGenerated(page, 10_000);
    const mark = bareMarksOf(page).nth(12);
    const id = (await mark.getAttribute('data-event-id'))!;
    const { x, y } = await centreOf(mark);
    await page.mouse.click(x, y);
    await expect.poll(() => readSelectedEventId(page)).toBe(id);
    await expect(timelineOf(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(sourceHighlightsOf(page)).toHaveText([data.events.find((e) => e.id === id)!.sources[0]!.text]);
  });

  test('hovering near a glyph shows its title, found through the spatial index', async ({ page }) => {
    const data = await openGenerated(page, 10_000);
    const mark = bareMarksOf(page).nth(20);
    const id = (await mark.getAttribute('data-event-id'))!;
    const { x, y } = await centreOf(mark);
    await page.mouse.move(x + 2, y - 3);
    const tooltip = timelineOf(page).locator('.mark-tooltip');
    await expect(tooltip).toBeVisible();
    const title = data.events.find((e) => e.id === id)!.title;
    expect(title.startsWith((await tooltip.textContent())!.replace(/…$/, ''))).toBe(true);
  });

  test('the arrow keys walk the marks in time order, each named "<date>: <title>"', async ({ page }) => {
    test.setTimeout(180_000);
    const data = await openGenerated(page, 10_000);
    const placed = placeEvents(data.events, data.article.published).placed;
    await eventMarksOf(page).first().focus();
    await page.keyboard.press('Home');
    const walked: (string | null)[] = [await readFocusedEventId(page)];
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => readFocusedEventId(page)).toBe(placed[press + 1]!.event.id);
      walked.push(await readFocusedEventId(page));
    }
    expect(walked).toEqual(placed.slice(0, 9).map((p) => p.event.id));
    const last = placed[8]!.event;
    const focused = timelineOf(page).locator(`[role="button"][data-event-id="${last.id}"]`);
    await expect(focused).toHaveAccessibleName(`${formatEventDate(last, data.article.published)}: ${last.title}`);
    await expect(focused).toHaveAttribute('aria-current', 'true');
  });

  test('axe finds nothing serious in the canvas timeline with a selection', async ({ page }) => {
    await openGenerated(page, 10_000);
    await bareMarksOf(page).nth(4).click();
    const results = await new AxeBuilder({ page }).include('section.timeline').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')}`));
    expect(serious).toEqual([]);
  });
});

test('a story of 100 events keeps every part of its marks in the DOM', async ({ page }) => {
  await openGenerated(page, 100);
  await expect(timelineOf(page).locator('.event-marks')).toHaveAttribute('data-layer', 'dom');
  await expect(canvasOf(page)).toHaveCount(0);
  await expect(timelineOf(page).locator('.event-mark .mark-glyph').first()).toBeVisible();
});
