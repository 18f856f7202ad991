import type { DataFileInput } from '../../../src/model/dataFile';
// @ts-expect-error -- a plain .mjs script without type declarations
import { generateDataFile } from '../../../scripts/generate-events.mjs';

/** `count` generated articles of `eventsPerArticle` events each, with their own ids and headlines (made at test time). */
export function generateArticles(count: number, eventsPerArticle: number): DataFileInput[] {
  return Array.from({ length: count }, (_, index) => {
    const file = generateDataFile(eventsPerArticle, 1000 + index) as DataFileInput;
    return { ...file, article: { ...file.article, id: `generated-article-${index + 1}`, title: `Generated article ${index + 1}` } };
  });
}

export { filledArticleId, fillLibrary } from '../../../scripts/fill-library.ts';
