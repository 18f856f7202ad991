import type { Page } from '@playwright/test';
import { buildDataFileInput } from '../../fixtures/dataFileBuilder';
import { buildLongArticleSpec } from '../../fixtures/longArticle';

/**
 * Serves a generated long article at `/<name>` (made at test time, never committed): `paragraphs` paragraphs,
 * every `eventEvery`-th one dating an event `e<i>` from paragraph `p<i>`. Returns the path to open with `?data=`.
 */
export async function serveLongArticle(page: Page, name: string, paragraphs: number, eventEvery: number): Promise<string> {
  const body = JSON.stringify(buildDataFileInput(buildLongArticleSpec(paragraphs, eventEvery)));
  await page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  return `/?data=${name}`;
}
