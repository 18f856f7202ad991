import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useOpenAddArticle } from './addArticleContext';
import { DeleteAllButton } from './DeleteAllButton';
import { ExtractionProgress } from './ExtractionProgress';
import { LibraryItem } from './LibraryItem';
import { libraryListQuery, useLibrarySync } from './libraryQueries';
import { SeedEntry } from './SeedEntry';
import { UnreadableItem } from './UnreadableItem';
import { useLibraryActions } from './useLibraryActions';

const matches = (filter: string, ...texts: (string | undefined)[]) => !filter || texts.some((t) => t?.toLowerCase().includes(filter));

/** The reader's library (`#library`): the built-in article first, then theirs newest first, filterable as they type. */
export function LibraryView() {
  useLibrarySync();
  const query = useQuery(libraryListQuery());
  const actions = useLibraryActions();
  const openAddArticle = useOpenAddArticle();
  const [filterText, setFilterText] = useState('');
  const filterId = useId();
  const filter = filterText.trim().toLowerCase();

  useEffect(() => {
    document.title = 'Your library · Dateline';
  }, []);

  const listing = query.data;
  const own = listing ? [...listing.unsaved, ...listing.articles] : [];
  const shown = own.filter((a) => matches(filter, a.headline, a.source));
  const unreadable = (listing?.unreadable ?? []).filter((r) => matches(filter, r.name));
  const busy = actions.reextractingId !== null;

  return (
    <main className="library" id="library">
      <div className="library-head">
        <h1>Your library</h1>
        <a className="app-button library-story-link" href="#story">All articles as one story</a>
        <button type="button" className="app-button" onClick={() => openAddArticle()}>Add article</button>
      </div>
      {listing?.unavailableReason && <p className="library-warning" role="note">{listing.unavailableReason}</p>}
      {query.isError && <p role="alert" className="library-warning">The library could not be read: {query.error.message}</p>}
      {actions.error && <p role="alert" className="library-warning">{actions.error}</p>}
      {listing && listing.unreadable.length > 0 && (
        <p role="alert" className="library-warning">
          {listing.unreadable.length === 1 ? 'One saved article cannot' : `${listing.unreadable.length} saved articles cannot`} be opened; they are listed below with the reason. Your other articles open as usual.
        </p>
      )}
      <div className="library-tools">
        <label htmlFor={filterId}>Filter</label>
        <input id={filterId} type="search" value={filterText} placeholder="Headline or source" onChange={(e) => setFilterText(e.target.value)} />
        <DeleteAllButton count={own.length + (listing?.unreadable.length ?? 0)} onConfirm={() => void actions.removeAll()} />
      </div>
      {actions.extraction.state.showProgress && (
        <ExtractionProgress percent={actions.extraction.state.percent} label="Re-extracting the timeline" onCancel={actions.extraction.cancel} />
      )}
      <ul className="library-list" aria-label="Articles">
        <SeedEntry filter={filter} />
        {shown.map((summary) => (
          <LibraryItem
            key={summary.id}
            summary={summary}
            unsaved={listing?.unsaved.includes(summary) ?? false}
            busy={busy}
            reextracting={actions.reextractingId === summary.id}
            onRename={(headline) => void actions.rename(summary, headline)}
            onReextract={() => void actions.reextract(summary)}
            onDelete={() => void actions.remove(summary.id)}
          />
        ))}
        {unreadable.map((record) => (
          <UnreadableItem key={record.id} record={record} onDelete={() => void actions.remove(record.id)} />
        ))}
      </ul>
      {listing && own.length === 0 && listing.unreadable.length === 0 && (
        <div className="library-empty">
          <p>No articles of your own yet. Paste one from a news site, or open a .txt, .md or .html file: its timeline is made here, and nothing leaves this computer.</p>
          <button type="button" className="app-button" onClick={() => openAddArticle()}>Add your first article</button>
        </div>
      )}
      {listing && own.length > 0 && shown.length === 0 && unreadable.length === 0 && <p>No article matches “{filterText}”.</p>}
      {actions.deleted && (
        <div className="library-toast" role="status">
          Deleted “{actions.deleted.headline}”.
          <button type="button" className="app-button" onClick={() => void actions.undo()}>Undo</button>
        </div>
      )}
    </main>
  );
}
