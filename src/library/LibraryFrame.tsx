import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { navigateTo, articleUrl } from '../app/usePageRoute';
import { AddArticleContext } from './addArticleContext';
import { importIntoLibrary, LazyAddArticleDialog } from './lazyLibrary';
import type { SaveOutcome } from './saveExtracted';
import { useFileDrop } from './useFileDrop';
import './library.css';


const seedUrl = () => `${window.location.pathname}${window.location.search}`;

/** The built-in article (or `?data=` file) without reloading the page. */
export function openSeed(event: { preventDefault: () => void }) {
  event.preventDefault();
  navigateTo(seedUrl());
}

const isTimelineFile = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

/** Reads a dropped timeline file and saves it as a new library entry; a bad file throws a message naming where. */
async function importDropped(file: File): Promise<void> {
  const [{ importTimelineFile }, text] = await Promise.all([import('../export/importTimelineFile'), file.text()]);
  await importIntoLibrary(importTimelineFile(text, file.name));
}

/** The add-article dialog's state: closed, or open with the file that was dropped (if any). */
type DialogState = { open: false } | { open: true; file?: File };

/** The page frame: a header with Library and Add article, a drop target over the whole window, and the dialog. */
export function LibraryFrame({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<DialogState>({ open: false });
  const [notice, setNotice] = useState<string | null>(null);
  const openAddArticle = useCallback((file?: File) => {
    // A dropped .json is a timeline to import (Dateline or TimelineJS3), not an article to extract.
    if (file && isTimelineFile(file)) void importDropped(file).catch((error: unknown) => setNotice(error instanceof Error ? error.message : String(error)));
    else setDialog(file ? { open: true, file } : { open: true });
  }, []);
  const dragging = useFileDrop(openAddArticle);

  const added = useCallback((outcome: SaveOutcome) => {
    setDialog({ open: false });
    setNotice(outcome.warning ?? null);
    navigateTo(articleUrl(outcome.article.id));
  }, []);

  return (
    <AddArticleContext.Provider value={openAddArticle}>
      <div className="library-frame">
        <header className="library-bar">
          <a className="library-bar-name" href={seedUrl()} onClick={openSeed}>Dateline</a>
          <nav aria-label="Your articles" className="library-bar-actions">
            <a className="app-button library-bar-link" href="#library">Library</a>
            <a className="app-button library-bar-link" href="#story">Story</a>
            <button type="button" className="app-button" onClick={() => openAddArticle()}>Add article</button>
          </nav>
        </header>
        {notice && (
          <p className="library-notice" role="alert">
            {notice} <button type="button" className="app-button" onClick={() => setNotice(null)}>Dismiss</button>
          </p>
        )}
        {children}
        {dragging && <div className="library-drop-hint" aria-hidden="true" />}
      </div>
      {dialog.open && (
        <Suspense fallback={null}>
          <LazyAddArticleDialog initialFile={dialog.file} onClose={() => setDialog({ open: false })} onAdded={added} />
        </Suspense>
      )}
    </AddArticleContext.Provider>
  );
}
