import { expect, test } from '@playwright/test';
import { formatEventDate, formatTimeValue } from '../../src/model/timeLabel';
import { articleOf, eventMarksOf, openApp, timelineOf } from './support/appPage';
import { fetchSeedData } from './support/seedData';

test.describe('the loaded page', () => {
  test('shows the headline and every event of the data file as a mark named "<date>: <title>"', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    await openApp(page);

    await expect(articleOf(page).getByRole('heading', { level: 1 })).toHaveText(data.article.title);
    const names = await eventMarksOf(page).evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
    const expected = data.events.map((e) => `${formatEventDate(e, data.article.published)}: ${e.title}`);
    expect([...names].sort()).toEqual([...expected].sort());
  });

  test('offers no "Hide timeline" on a wide screen, where timeline and article both fit', async ({ page }) => {
    await openApp(page);

    // The toggle is there (phones use it) but not shown: a missing toggle must not pass as a hidden one.
    await expect(timelineOf(page).locator('button.timeline-toggle')).toHaveCount(1);
    await expect(timelineOf(page).locator('button.timeline-toggle')).toBeHidden();
    await expect(timelineOf(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
  });

  test('marks the publication day on the timeline', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    await openApp(page);

    await expect(timelineOf(page).getByTestId('publication-marker')).toHaveAccessibleName(`Published ${formatTimeValue(data.article.published)}`);
  });

  test('shows a legend naming every category the events use', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    await openApp(page);

    const legend = timelineOf(page).getByRole('list', { name: 'Legend' });
    const legendText = (await legend.textContent())!.toLowerCase();
    const missing = [...new Set(data.events.map((e) => e.category))].filter((category) => !legendText.includes(category));
    expect(missing).toEqual([]);
  });

  test('shows every body paragraph and caption in order, a caption printed twice only once', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    await openApp(page);

    const shownIds = await articleOf(page).locator('[data-paragraph-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-paragraph-id')));
    const expectedIds = data.paragraphs.filter((p) => !p.repeatOf && (p.kind === 'body' || p.kind === 'caption')).map((p) => p.id);
    expect(shownIds.filter((id) => data.paragraphs.find((p) => p.id === id)?.repeatOf)).toEqual([]);
    expect(shownIds.filter((id) => id !== null && expectedIds.includes(id))).toEqual(expectedIds);
  });
});
