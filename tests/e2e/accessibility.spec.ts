import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eventMarkOf, openApp, sourceHighlightsOf } from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

/** Serious and critical axe findings, one line each, so a failure says what and where. */
async function scanForSeriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')}`),
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious or critical on the page with an event selected', async ({ page, request }) => {
      const data = await fetchSeedData(request);
      const event = findRequiredEvent(data, REQUIRED_EVENTS[5]!);
      await openApp(page);
      await eventMarkOf(page, event.id).click();
      await expect(sourceHighlightsOf(page).first()).toBeVisible();

      expect(await scanForSeriousFindings(page)).toEqual([]);
    });
  });
}
