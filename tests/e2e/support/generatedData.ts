import type { Page } from '@playwright/test';
import { buildDataFileInput } from '../../fixtures/dataFileBuilder';
import { buildLongArticleSpec } from '../../fixtures/longArticle';
import type { DataFileInput } from '../../../src/model/dataFile';
// @ts-expect-error -- a plain .mjs script without type declarations
import { generateDataFile } from '../../../scripts/generate-events.mjs';

/**
 * Serves a generated long article at `/<name>` (made at test time, never committed): `paragraphs` paragraphs,
 * every `eventEvery`-th one dating an event `e<i>` from paragraph `p<i>`. Returns the path to open with `?data=`.
 */
export async function serveLongArticle(page: Page, name: string, paragraphs: number, eventEvery: number): Promise<string> {
  const body = JSON.stringify(buildDataFileInput(buildLongArticleSpec(paragraphs, eventEvery)));
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  return `/?data=${name}`;
}

const cache = new Map<string, { data: DataFileInput; body: string }>();

/**
 * Serves a generated data file of `count` events at /generated-<count>.events.json (the test's own route, so no
 * large file is ever written or committed) and returns it with the `?data=` path that opens it.
 */
export async function serveGeneratedData(
  page: Page, count: number, { lean = false, edit }: { lean?: boolean; edit?: (data: DataFileInput) => void } = {},
): Promise<{ data: DataFileInput; path: string }> {
  const key = `${count}${lean ? '-lean' : ''}${edit ? '-edited' : ''}`;
  let entry = cache.get(key);
  if (!entry) {
    const data = generateDataFile(count, undefined, { lean }) as DataFileInput;
    edit?.(data);
    entry = { data, body: JSON.stringify(data) };
    cache.set(key, entry);
  }
  const name = `generated-${key}.events.json`;
  const { body } = entry;
  await page.route(`**/${name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return { data: entry.data, path: `/?data=${name}` };
}
