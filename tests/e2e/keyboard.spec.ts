import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { DataFile } from '../../src/model/dataFile';
import {
  articleOf, eventMarkOf, eventMarksOf, openApp, readFocusedEventId, readSelectedEventId, sourceHighlightsOf,
} from './support/appPage';
import { fetchSeedData, readStartMs } from './support/seedData';

/** Start times of the events drawn on the timeline, by id. */
async function readDrawnStarts(page: Page, data: DataFile): Promise<Map<string, number>> {
  const drawnIds = await eventMarksOf(page).evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
  const events = new Map(data.events.map((e) => [e.id, e]));
  return new Map(drawnIds.map((id) => [id, readStartMs(events.get(id)!, data.article.published)]));
}

/** Opens the app with keyboard focus on some event mark; returns the drawn events' start times. */
async function openWithFocusedMark(page: Page, request: APIRequestContext): Promise<Map<string, number>> {
  const data = await fetchSeedData(request);
  await openApp(page);
  const starts = await readDrawnStarts(page, data);
  const [anyId] = starts.keys();
  await eventMarkOf(page, anyId!).focus();
  return starts;
}

test.describe('keys on a focused event mark', () => {
  test('Home selects the earliest event and End the latest', async ({ page, request }) => {
    const starts = await openWithFocusedMark(page, request);

    await page.keyboard.press('Home');
    const firstId = await readSelectedEventId(page);
    await page.keyboard.press('End');
    const lastId = await readSelectedEventId(page);

    expect(starts.get(firstId!)).toBe(Math.min(...starts.values()));
    expect(starts.get(lastId!)).toBe(Math.max(...starts.values()));
    expect(await readFocusedEventId(page)).toBe(lastId);
  });

  test('ArrowRight from the first event visits every event once, forward in time, moving focus along', async ({ page, request }) => {
    const starts = await openWithFocusedMark(page, request);
    await page.keyboard.press('Home');

    const visited = [(await readSelectedEventId(page))!];
    for (let step = 1; step < starts.size; step++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => readSelectedEventId(page)).not.toBe(visited.at(-1));
      visited.push((await readSelectedEventId(page))!);
      expect(await readFocusedEventId(page)).toBe(visited.at(-1));
    }

    expect(new Set(visited).size).toBe(starts.size);
    const visitedStarts = visited.map((id) => starts.get(id)!);
    expect(visitedStarts).toEqual([...visitedStarts].sort((a, b) => a - b));
  });

  test('ArrowLeft goes back to the event ArrowRight came from', async ({ page }) => {
    await openApp(page);
    await eventMarksOf(page).first().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const secondId = await readSelectedEventId(page);
    await page.keyboard.press('ArrowRight');

    await page.keyboard.press('ArrowLeft');

    expect(await readSelectedEventId(page)).toBe(secondId);
    expect(await readFocusedEventId(page)).toBe(secondId);
  });

  test('Enter selects the focused event and Escape clears the selection', async ({ page }) => {
    await openApp(page);
    const mark = eventMarksOf(page).nth(1);
    const eventId = await mark.getAttribute('data-event-id');
    await mark.focus();

    await page.keyboard.press('Enter');
    await expect(eventMarkOf(page, eventId!)).toHaveAttribute('aria-current', 'true');
    await expect(sourceHighlightsOf(page).first()).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(eventMarkOf(page, eventId!)).not.toHaveAttribute('aria-current', 'true');
    expect(await readSelectedEventId(page)).toBeNull();
    await expect(sourceHighlightsOf(page)).toHaveCount(0);
    await expect(articleOf(page).locator('[data-paragraph-id][aria-current="true"]')).toHaveCount(0);
  });

  test('Tab reaches the timeline marks from the page', async ({ page }) => {
    await openApp(page);

    let reached: string | null = null;
    for (let press = 0; press < 40 && !reached; press++) {
      await page.keyboard.press('Tab');
      reached = await readFocusedEventId(page);
    }

    expect(reached).not.toBeNull();
  });
});
