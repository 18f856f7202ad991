/**
 * Writes data files into the library's IndexedDB as the app stores them (a summary and a content record each, the
 * first one newest) — far faster than pasting thousands of events through the form. Shared by the Story bench and
 * the large-story spec.
 */
import type { Page } from 'playwright';

/** What the page needs of a data file to store it. */
interface StorableFile {
  article: { title: string; published: string };
  events: readonly unknown[];
  paragraphs: readonly { text: string }[];
}

/** The library id the n-th (0-based) filled article gets. */
export const filledArticleId = (index: number) => `filled${String(index).padStart(6, '0')}`;

export async function fillLibrary(page: Pick<Page, 'evaluate'>, files: readonly StorableFile[]): Promise<void> {
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
