import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/appPage';
import { exportAs, readDownload } from './support/curationPage';
import { fetchSeedData } from './support/seedData';

// TimelineJS's own build, served from node_modules on a made-up origin (no network here).
const TIMELINEJS_DIST = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
const ORIGIN = 'https://timelinejs.test';

test('the TimelineJS3 export loads in the real TimelineJS: title slide, one slide per dated event, groups', async ({ page, request }) => {
  const data = await fetchSeedData(request);
  await openApp(page);
  const json = JSON.parse((await readDownload(await exportAs(page, 'TimelineJS3 (JSON)'))).toString('utf8'));

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/css/timeline.css"></head>
          <body><div id="timeline" style="width: 1000px; height: 600px"></div><script src="/js/timeline.js"></script></body></html>`,
      });
    }
    try {
      const body = readFileSync(join(TIMELINEJS_DIST, path));
      return route.fulfill({ body, contentType: path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate((timelineJson) => {
    const TL = (window as unknown as { TL: { Timeline: new (id: string, data: unknown, options: unknown) => unknown } }).TL;
    (window as unknown as { timeline: unknown }).timeline = new TL.Timeline('timeline', timelineJson, { script_path: `${location.origin}/js/`, language: 'en' });
  }, json);

  const dated = data.events.filter((e) => e.start !== 'FUTURE_REF' && e.start !== 'PAST_REF');
  await expect(page.locator('.tl-slide-titleslide .tl-headline-title')).toHaveText(data.article.title);
  await expect(page.locator('.tl-timemarker')).toHaveCount(dated.length);
  const headlines = await page.locator('.tl-slide:not(.tl-slide-titleslide) .tl-headline').allTextContents();
  expect(headlines.sort()).toEqual(dated.map((e) => e.title).sort());
  await expect(page.locator('.tl-timegroup-message').first()).toBeAttached();
  expect(errors).toEqual([]);
});
