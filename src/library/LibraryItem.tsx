import { useId, useState, type FormEvent } from 'react';
import { articleUrl } from '../app/usePageRoute';
import type { ArticleSummary } from '../storage/libraryRecord';
import { formatAdded, formatEventCount, formatPublished } from './formatLibraryDates';

/** Props of one saved article in the list. */
export interface LibraryItemProps {
  summary: ArticleSummary;
  /** Kept only in this tab because the browser's storage refused it. */
  unsaved: boolean;
  /** This article is being re-extracted. */
  reextracting: boolean;
  busy: boolean;
  onRename: (headline: string) => void;
  onReextract: () => void;
  onDelete: () => void;
}

/** A saved article: its headline as a link that opens it, its facts, and Rename, Re-extract, Delete. */
export function LibraryItem({ summary, unsaved, reextracting, busy, onRename, onReextract, onDelete }: LibraryItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(summary.headline);
  const inputId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRenaming(false);
    if (draft.trim() && draft.trim() !== summary.headline) onRename(draft.trim());
  };

  return (
    <li className="library-item">
      {renaming ? (
        <form className="library-rename" onSubmit={submit}>
          <label htmlFor={inputId}>New headline</label>
          <input id={inputId} type="text" required value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />
          <button type="submit" className="app-button">Save</button>
          <button type="button" className="app-button app-button-quiet" onClick={() => setRenaming(false)}>Cancel</button>
        </form>
      ) : (
        <a className="library-item-title" href={articleUrl(summary.id)}>{summary.headline}</a>
      )}
      <p className="library-item-facts">
        <span>Published {formatPublished(summary.published)}</span>
        <span>{formatEventCount(summary.eventCount)}</span>
        <span>Added {formatAdded(summary.addedAt)}</span>
        {summary.source && <span>{summary.source}</span>}
        {unsaved && <strong>Not saved: kept in this tab only</strong>}
      </p>
      {!renaming && (
        <div className="library-item-actions">
          <button type="button" className="app-button app-button-quiet" disabled={busy} onClick={() => { setDraft(summary.headline); setRenaming(true); }} aria-label={`Rename “${summary.headline}”`}>Rename</button>
          <button type="button" className="app-button app-button-quiet" disabled={busy} onClick={onReextract} aria-label={`Re-extract “${summary.headline}”`}>
            {reextracting ? 'Re-extracting…' : 'Re-extract'}
          </button>
          <button type="button" className="app-button app-button-quiet" disabled={busy} onClick={onDelete} aria-label={`Delete “${summary.headline}”`}>Delete</button>
        </div>
      )}
    </li>
  );
}
