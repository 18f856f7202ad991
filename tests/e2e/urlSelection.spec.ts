import { expect, test } from '@playwright/test';
import {
  eventCardTitleOf, eventMarkOf, openApp, paragraphOf, readSelectedEventId, sourceHighlightsOf,
} from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

test.describe('the selection in the URL', () => {
  test('selecting an event writes #event=<id> and a reload keeps it selected', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const event = findRequiredEvent(data, REQUIRED_EVENTS[0]!);
    await openApp(page);

    await eventMarkOf(page, event.id).click();
    await expect(page).toHaveURL(new RegExp(`#event=${event.id}$`));
    await page.reload();

    await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-current', 'true');
    await expect(paragraphOf(page, event.sources[0]!.paragraph)).toHaveAttribute('aria-current', 'true');
    await expect(sourceHighlightsOf(page)).toHaveText([event.sources[0]!.text]);
  });

  test('a link to #event=<id> opens with that event selected and its card shown', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const event = findRequiredEvent(data, REQUIRED_EVENTS[5]!);

    await openApp(page, `#event=${event.id}`);

    await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-current', 'true');
    await expect(eventCardTitleOf(page)).toHaveText(event.title);
  });

  test('back and forward step through earlier selections', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const [first, second, third] = [0, 1, 2].map((i) => findRequiredEvent(data, REQUIRED_EVENTS[i]!));
    await openApp(page);
    for (const event of [first!, second!, third!]) {
      await eventMarkOf(page, event.id).click();
      await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-current', 'true');
    }

    await page.goBack();
    await expect.poll(() => readSelectedEventId(page)).toBe(second!.id);
    await page.goBack();
    await expect.poll(() => readSelectedEventId(page)).toBe(first!.id);
    await page.goForward();
    await expect.poll(() => readSelectedEventId(page)).toBe(second!.id);

    await expect(page).toHaveURL(new RegExp(`#event=${second!.id}$`));
    await expect(sourceHighlightsOf(page)).toHaveText([second!.sources[0]!.text]);
  });
});

test.describe('the selection in the URL, negative cases', () => {
  test('a link to an unknown event opens the timeline with nothing selected', async ({ page }) => {
    await openApp(page, '#event=no-such-event');

    expect(await readSelectedEventId(page)).toBeNull();
    await expect(sourceHighlightsOf(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
