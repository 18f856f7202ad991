import type { Page } from '@playwright/test';
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

/** The library id the n-th (0-based) filled article gets. */
export const filledArticleId = (index: number) => `filled${String(index).padStart(6, '0')}`;

/**
 * Writes the articles into the library's IndexedDB as the app stores them (a summary and a content record each),
 * the first one newest; faster than pasting 10,000 events through the form.
 */
export async function fillLibrary(page: Page, files: DataFileInput[]): Promise<void> {
  const records = files.map((file, index) => ({
    id: filledArticleId(index),
    summary: { id: filledArticleId(index), schemaVersion: 1, revision: 1, headline: file.article.title, published: file.article.published, eventCount: file.events.length, addedAt: files.length - index, updatedAt: files.length - index },
    content: { id: filledArticleId(index), text: file.paragraphs.map((p) => p.text).join('\n\n'), dataJson: JSON.stringify(file) },
  }));
  await page.evaluate((all) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('dateline-library', 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('articles');
      open.result.createObjectStore('contents');
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['articles', 'contents'], 'readwrite');
      for (const record of all) {
        tx.objectStore('articles').put(record.summary, record.id);
        tx.objectStore('contents').put(record.content, record.id);
      }
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  }), records);
}
