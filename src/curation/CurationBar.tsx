import { useId, useState } from 'react';
import type { DataFile, Span } from '../model/dataFile';
import { ExportMenu } from '../export/ExportMenu';
import { ImportButton } from '../export/ImportButton';
import { SaveStatus } from './SaveStatus';
import type { Curation } from './useCuration';

/** Props of the editing toolbar above the timeline. */
export interface CurationBarProps {
  curation: Curation;
  /** Words selected in the article, offered for a new event. */
  selection: Span | null;
  onAddFromSelection: () => void;
  onImported: (file: DataFile) => void;
}

/** Undo/redo, save state, add from selection, reset, export, import and print: everything that acts on the article. */
export function CurationBar({ curation, selection, onAddFromSelection, onImported }: CurationBarProps) {
  const { undo, redo, undoLabel, redoLabel, ready, status, stale, file, dispatch, extractedById, addedIds } = curation;
  const edited = extractedById.size > 0 || addedIds.size > 0;
  const moreId = useId();
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <div className="curation-bar" role="toolbar" aria-label="Editing">
      <button type="button" onClick={undo} disabled={!ready || !undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!ready || !redoLabel} title={redoLabel ? `Redo ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}>
        Redo
      </button>
      <button
        type="button"
        onClick={onAddFromSelection}
        disabled={!ready || !selection}
        title={selection ? `New event from “${selection.text}”` : 'Select words in the article first'}
      >
        Add event from selection
      </button>
      {/* On phones the rest folds behind one button, so the toolbar takes one line of the article's room. */}
      <button type="button" className="curation-more-toggle" aria-expanded={moreOpen} aria-controls={moreId} onClick={() => setMoreOpen((was) => !was)}>
        More
      </button>
      <div id={moreId} className="curation-more" data-open={moreOpen}>
        <button type="button" onClick={() => dispatch({ type: 'reset-all' })} disabled={!ready || !edited}>
          Reset article to extracted
        </button>
        <ExportMenu file={file} />
        <ImportButton onImported={onImported} />
        <button type="button" onClick={() => window.print()}>Print</button>
      </div>
      <SaveStatus status={status} />
      {stale.length > 0 && (
        <details className="stale-edits" open>
          <summary>{stale.length === 1 ? '1 edit no longer applies' : `${stale.length} edits no longer apply`} to this article</summary>
          <ul>
            {stale.map((edit, index) => <li key={index}>{edit.description}: {edit.reason}.</li>)}
          </ul>
          <button type="button" disabled={!ready} onClick={() => dispatch({ type: 'discard-edits', eventIds: stale.map((edit) => edit.eventId) })}>
            Forget {stale.length === 1 ? 'this edit' : 'these edits'}
          </button>
        </details>
      )}
    </div>
  );
}
