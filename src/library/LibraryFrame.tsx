import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { navigateTo, articleUrl } from '../app/usePageRoute';
import { AddArticleContext } from './addArticleContext';
import { LazyAddArticleDialog } from './lazyLibrary';
import type { SaveOutcome } from './saveExtracted';
import { useFileDrop } from './useFileDrop';
import './library.css';


const seedUrl = () => `${window.location.pathname}${window.location.search}`;

/** The built-in article (or `?data=` file) without reloading the page. */
export function openSeed(event: { preventDefault: () => void }) {
  event.preventDefault();
  navigateTo(seedUrl());
}

/** The add-article dialog's state: closed, or open with the file that was dropped (if any). */
type DialogState = { open: false } | { open: true; file?: File };

/** The page frame: a header with Library and Add article, a drop target over the whole window, and the dialog. */
export function LibraryFrame({ children }: { children: ReactNode }) {
  const [dialog, setDialog] = useState<DialogState>({ open: false });
  const [notice, setNotice] = useState<string | null>(null);
  const openAddArticle = useCallback((file?: File) => setDialog(file ? { open: true, file } : { open: true }), []);
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
