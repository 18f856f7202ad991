import { expect, test } from '@playwright/test';
import { articleOf, eventMarkOf, openApp, paragraphOf, readLuminance, readVisibility } from './support/appPage';
import { REQUIRED_EVENTS, fetchSeedData, findRequiredEvent } from './support/seedData';

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page background is dark and the text light', async ({ page }) => {
    await openApp(page);

    expect(await readLuminance(articleOf(page), 'background')).toBeLessThan(0.1);
    expect(await readLuminance(page.locator('body'), 'background')).toBeLessThan(0.1);
    expect(await readLuminance(articleOf(page).locator('h1'), 'text')).toBeGreaterThan(0.3);
  });
});

test.describe('with the system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('the page background is light', async ({ page }) => {
    await openApp(page);

    expect(await readLuminance(articleOf(page), 'background')).toBeGreaterThan(0.8);
    expect(await readLuminance(articleOf(page).locator('h1'), 'text')).toBeLessThan(0.2);
  });
});

test.describe('with reduced motion preferred', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 600 } });

  test('selecting an event jumps its paragraph into view at once, without a smooth scroll', async ({ page, request }) => {
    const data = await fetchSeedData(request);
    const event = findRequiredEvent(data, REQUIRED_EVENTS[5]!);
    await openApp(page);
    const paragraph = paragraphOf(page, event.sources[0]!.paragraph);
    expect((await readVisibility(paragraph)).visibleFraction, 'the paragraph starts out of view').toBeLessThan(1);

    // Scroll events fire once per frame while a smooth scroll runs; an instant jump fires one.
    await page.evaluate(() => {
      const positions: number[] = [];
      (window as unknown as { scrollPositions: number[] }).scrollPositions = positions;
      document.addEventListener('scroll', (event) => {
        const target = event.target instanceof Element ? event.target : document.scrollingElement!;
        positions.push(Math.round(target.scrollTop));
      }, { capture: true });
    });

    await eventMarkOf(page, event.id).click();
    await expect(paragraph).toHaveAttribute('aria-current', 'true');
    await page.waitForTimeout(800);

    const positions = await page.evaluate(() => (window as unknown as { scrollPositions: number[] }).scrollPositions);
    expect(new Set(positions).size, `scroll positions seen: ${positions.join(', ')}`).toBe(1);
    expect(await readVisibility(paragraph)).toEqual({ visibleFraction: 1, uncovered: true });
  });
});
