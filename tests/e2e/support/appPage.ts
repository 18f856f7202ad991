import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline region, as the UI contract names it. */
export const timelineOf = (page: Page): Locator => page.getByRole('region', { name: 'Timeline' });

/** Every event mark on the timeline (mention buttons in the article also carry data-event-id; these do not count). */
export const eventMarksOf = (page: Page): Locator => timelineOf(page).locator('[role="button"][data-event-id]');
/** The "List all N events" disclosure: it counts every event drawn, whether as a mark or inside a cluster. */
export const eventListSummaryOf = (page: Page): Locator => timelineOf(page).locator('summary', { hasText: /^List all / });
/** Expects the timeline to hold exactly `count` events (marks and clustered ones alike). */
export const expectEventCount = (page: Page, count: number) =>
  expect(eventListSummaryOf(page)).toHaveText(`List all ${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}`);

export const eventMarkOf = (page: Page, eventId: string): Locator =>
  timelineOf(page).locator(`[role="button"][data-event-id="${eventId}"]`);

export const articleOf = (page: Page): Locator => page.getByRole('article', { name: 'Article' });

export const paragraphOf = (page: Page, paragraphId: string): Locator =>
  articleOf(page).locator(`[data-paragraph-id="${paragraphId}"]`);

export const sourceHighlightsOf = (page: Page): Locator => page.locator('mark[data-testid="source-highlight"]');

export const eventCardOf = (page: Page): Locator => page.getByRole('region', { name: 'Selected event' });

/** The event card's title: its first heading ("Why this date" and others follow it). */
export const eventCardTitleOf = (page: Page): Locator => eventCardOf(page).getByRole('heading').first();

export const tickLabelsOf = (page: Page): Locator => page.locator('[data-testid="time-axis"] text.tick-label');

/** Opens the app (optionally at a `#event=…` link) and waits until the timeline has drawn its marks. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(eventMarksOf(page).first()).toBeVisible({ timeout: 15_000 });
}

/** The id of the event whose mark is current, or null when nothing is selected. */
export async function readSelectedEventId(page: Page): Promise<string | null> {
  const current = timelineOf(page).locator('[role="button"][data-event-id][aria-current="true"]');
  const count = await current.count();
  if (count > 1) throw new Error(`${count} marks are current at once`);
  return count === 0 ? null : current.getAttribute('data-event-id');
}

/** The id of the event whose mark has keyboard focus, or null. */
export function readFocusedEventId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('role') === 'button' ? active.getAttribute('data-event-id') : null;
  });
}

/** How much of an element can be seen, by bounding boxes clipped to the viewport and every clipping ancestor. */
export interface Visibility {
  /** Visible height over the element's height, 0–1. */
  visibleFraction: number;
  /** The centre of the visible part hits the element itself, not something painted over it. */
  uncovered: boolean;
}

export function readVisibility(element: Locator): Promise<Visibility> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    let [top, bottom, left, right] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight), Math.max(box.left, 0), Math.min(box.right, innerWidth)];
    for (let ancestor = node.parentElement; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
      const style = getComputedStyle(ancestor);
      if (!/auto|scroll|hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
      const clip = ancestor.getBoundingClientRect();
      [top, bottom, left, right] = [Math.max(top, clip.top), Math.min(bottom, clip.bottom), Math.max(left, clip.left), Math.min(right, clip.right)];
    }
    const visibleHeight = Math.max(0, bottom - top);
    const hit = visibleHeight > 0 && right > left ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    return {
      visibleFraction: box.height > 0 ? Math.min(1, visibleHeight / box.height) : 0,
      uncovered: hit !== null && node.contains(hit),
    };
  });
}

/** Waits (through any smooth scrolling) until the whole element is in view and not covered. */
export async function expectFullyInView(element: Locator, timeoutMs = 5_000): Promise<void> {
  await expect
    .poll(() => readVisibility(element), { timeout: timeoutMs, message: 'the element is scrolled fully into view' })
    .toEqual({ visibleFraction: 1, uncovered: true });
}

/** Tick labels with their x positions, as the axis shows them now. */
export function readAxis(page: Page): Promise<string[]> {
  return tickLabelsOf(page).evaluateAll((labels) =>
    labels.map((label) => `${label.textContent ?? ''}@${Math.round(label.getBoundingClientRect().x)}`),
  );
}

/** A day label ("18 Apr", "Apr 18") names a day of the month and no year; "Sep 2022" and "2023" do not. */
export const isDayLabel = (label: string): boolean => /\b\d{1,2}\b/.test(label) && !/\b\d{4}\b/.test(label);

/** A point inside the timeline's svg with no event mark or control under it, to start a drag from. */
export async function findEmptySvgPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await timelineOf(page).getByRole('group', { name: 'Events in time order' }).evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (let fx = 0.1; fx < 0.95; fx += 0.05) {
        for (const sign of [1, -1]) {
          const [x, y] = [box.left + box.width * fx, box.top + box.height * (sign > 0 ? fy : 1 - fy)];
          const hit = document.elementFromPoint(x, y);
          if (hit && svg.contains(hit) && !hit.closest('[data-event-id], button, a')) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty point in the timeline svg to drag from');
  return point;
}

/**
 * Relative luminance (0 black – 1 white) of an element's text colour, or of the first opaque background
 * behind it (the element's own or an ancestor's).
 */
export function readLuminance(element: Locator, of: 'text' | 'background'): Promise<number> {
  return element.evaluate((node, which) => {
    // A canvas turns any CSS colour syntax (rgb, oklch, color-mix…) into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas');
    const toLuminance = (cssColor: string): number | null => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = cssColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, alpha] = context.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
      if (alpha < 128) return null;
      const [lr, lg, lb] = [r, g, b].map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    if (which === 'text') return toLuminance(getComputedStyle(node).color) ?? 0;
    for (let current: Element | null = node; current; current = current.parentElement) {
      const luminance = toLuminance(getComputedStyle(current).backgroundColor);
      if (luminance !== null) return luminance;
    }
    return 1; // Nothing opaque: the canvas default, white.
  }, of);
}
