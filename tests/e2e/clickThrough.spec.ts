import { expect, test } from '@playwright/test';
import {
  articleOf, eventCardTitleOf, eventMarkOf, expectFullyInView, openApp, paragraphOf, sourceHighlightsOf,
} from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

test.describe('clicking the mark of a required event', () => {
  for (const spec of REQUIRED_EVENTS) {
    test(`for ${spec.name} marks its source paragraph current, scrolls it into view and highlights its exact words`, async ({ page, request }) => {
      const data = await fetchSeedData(request);
      const event = findRequiredEvent(data, spec);
      const [firstSource] = event.sources;
      await openApp(page);

      await eventMarkOf(page, event.id).click();

      await expect(eventMarkOf(page, event.id)).toHaveAttribute('aria-current', 'true');
      const paragraph = paragraphOf(page, firstSource!.paragraph);
      await expect(paragraph).toHaveAttribute('aria-current', 'true');
      await expectFullyInView(paragraph);
      await expect(sourceHighlightsOf(page)).toHaveText([event.sources[0]!.text]);
      await expect(paragraph.locator('mark[data-testid="source-highlight"]')).toHaveText([firstSource!.text]);
      await expect(eventCardTitleOf(page)).toHaveText(event.title);
    });
  }
});

test('selecting another event moves the current paragraph: only one is ever current', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  const [annexation, bakhmut] = [REQUIRED_EVENTS[0]!, REQUIRED_EVENTS[5]!].map((spec) => findRequiredEvent(data, spec));
  await openApp(page);
  const currentParagraphs = articleOf(page).locator('[data-paragraph-id][aria-current="true"]');

  await eventMarkOf(page, annexation!.id).click();
  await expect(currentParagraphs).toHaveAttribute('data-paragraph-id', annexation!.sources[0]!.paragraph);
  await eventMarkOf(page, bakhmut!.id).click();

  await expect(currentParagraphs).toHaveCount(1);
  await expect(currentParagraphs).toHaveAttribute('data-paragraph-id', bakhmut!.sources[0]!.paragraph);
});
