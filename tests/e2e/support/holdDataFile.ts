import type { Page } from '@playwright/test';

/** The seed data file's URL pattern, as the page requests it. */
export const SEED_DATA_FILE_ROUTE = '**/seed.events.json';

/** Holds the seed data file's response until `release()` is called, for specs about a slow or stalled load. */
export async function holdDataFile(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(SEED_DATA_FILE_ROUTE, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
