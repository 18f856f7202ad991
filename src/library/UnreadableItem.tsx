import type { UnreadableArticle } from '../storage/libraryRecord';

/** A saved record this version cannot read: named, with the reason and a Delete, never silently dropped. */
export function UnreadableItem({ record, onDelete }: { record: UnreadableArticle; onDelete: () => void }) {
  return (
    <li className="library-item library-item-unreadable">
      <span className="library-item-title">{record.name}</span>
      <p className="library-item-facts">Cannot be opened: {record.reason}.</p>
      <div className="library-item-actions">
        <button type="button" className="app-button app-button-quiet" onClick={onDelete} aria-label={`Delete “${record.name}”`}>Delete</button>
      </div>
    </li>
  );
}
