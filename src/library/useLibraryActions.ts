import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, LibraryArticle } from '../storage/libraryRecord';
import type { LibraryStore } from '../storage/libraryStore';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';
import { BROWSER_GENERATOR } from '../worker/extractInWorker';
import { useExtraction } from './useExtraction';

/** How long the Undo toast stays after a delete. */
export const UNDO_MS = 8000;

/** The store holding an article: the library, or this tab's unsaved articles (when storage was full). */
async function storeHolding(id: string): Promise<LibraryStore> {
  const unsaved = getUnsavedArticles();
  if (await unsaved.get(id)) return unsaved;
  return (await openLibraryStore()).store;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the library list can do to its articles. Every write goes through the store's revision check, so a change
 * made from an older view (another tab wrote since) is refused with a message rather than overwriting it.
 */
export function useLibraryActions() {
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ article: LibraryArticle; from: LibraryStore } | null>(null);
  const [reextractingId, setReextractingId] = useState<string | null>(null);
  const extraction = useExtraction();
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const attempt = useCallback(async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describe(failure));
    }
  }, []);

  const remove = (id: string) =>
    attempt(async () => {
      const store = await storeHolding(id);
      const article = await store.remove(id);
      clearTimeout(undoTimer.current);
      setDeleted(article ? { article, from: store } : null);
      if (article) undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
    });

  const undo = () =>
    attempt(async () => {
      if (!deleted) return;
      clearTimeout(undoTimer.current);
      const { article, from } = deleted;
      setDeleted(null);
      await from.restore(article);
    });

  const rename = (summary: ArticleSummary, headline: string) =>
    attempt(async () => {
      await (await storeHolding(summary.id)).update(summary.id, summary.revision, { headline });
    });

  const removeAll = () =>
    attempt(async () => {
      clearTimeout(undoTimer.current);
      setDeleted(null);
      await Promise.all([(await openLibraryStore()).store.removeAll(), getUnsavedArticles().removeAll()]);
    });

  /** Runs today's extractor on the saved text again; the id, headline and date stay. */
  const reextract = (summary: ArticleSummary) =>
    attempt(async () => {
      const store = await storeHolding(summary.id);
      const article = await store.get(summary.id);
      if (!article) throw new Error(`“${summary.headline}” is no longer in the library.`);
      setReextractingId(summary.id);
      try {
        const request = {
          text: article.text,
          published: article.published,
          title: article.headline,
          ...(article.source ? { credit: article.source } : {}),
          generator: BROWSER_GENERATOR,
        };
        // The worker writes the new data file itself, checked against the revision read here.
        if (store.persistent) await extraction.run(request, { update: { id: article.id, revision: article.revision } });
        else {
          const outcome = await extraction.run(request);
          if (outcome?.type === 'done') await store.update(article.id, article.revision, { dataJson: outcome.result.json, eventCount: outcome.result.eventCount });
        }
      } finally {
        setReextractingId(null);
      }
    });

  return { error, deleted: deleted?.article ?? null, undo, remove, rename, removeAll, reextract, reextractingId, extraction, dismissUndo: () => setDeleted(null) };
}
