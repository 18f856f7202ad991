import { expect, test } from '@playwright/test';
import { articleOf, eventCardTitleOf, eventMarkOf, openApp, readSelectedEventId, sourceHighlightsOf } from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

test.describe('clicking a date in the article', () => {
  // Every required event dated by words of its own (the two visits today share one "today").
  for (const spec of [REQUIRED_EVENTS[0]!, REQUIRED_EVENTS[1]!, REQUIRED_EVENTS[2]!, REQUIRED_EVENTS[5]!]) {
    test(`selects ${spec.name} on the timeline and shows its title in the card`, async ({ page, request }) => {
      const data = await fetchSeedData(request);
      const event = findRequiredEvent(data, spec);
      await openApp(page);
      const mention = articleOf(page).locator(`button.mention[data-event-id="${event.id}"]`).first();

      await mention.click();

      await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-current', 'true');
      expect(await readSelectedEventId(page)).toBe(event.id);
      await expect(eventCardTitleOf(page)).toHaveText(event.title);
      await expect(sourceHighlightsOf(page)).toHaveText([event.sources[0]!.text]);
    });
  }

  test('every mention with an event is a button naming an event of the data file', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const eventIds = new Set(data.events.map((e) => e.id));
    await openApp(page);

    const mentionEventIds = await articleOf(page).locator('button.mention').evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('data-event-id')),
    );

    expect(mentionEventIds.length).toBeGreaterThanOrEqual(REQUIRED_EVENTS.length);
    expect(mentionEventIds.filter((id) => !id || !eventIds.has(id))).toEqual([]);
  });
});
