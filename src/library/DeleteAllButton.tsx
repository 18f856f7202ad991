import { useState } from 'react';

/** "Delete all my articles", asking first; the built-in article stays. */
export function DeleteAllButton({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (count === 0) return null;
  if (!asking) {
    return <button type="button" className="app-button app-button-quiet" onClick={() => setAsking(true)}>Delete all my articles</button>;
  }
  return (
    <div role="group" aria-label="Confirm deleting all" className="library-confirm">
      <span>Delete all {count} of your articles? This cannot be undone; the built-in article stays.</span>
      <button type="button" className="app-button app-button-danger" onClick={() => { setAsking(false); onConfirm(); }}>Delete all</button>
      <button type="button" className="app-button app-button-quiet" onClick={() => setAsking(false)} autoFocus>Keep them</button>
    </div>
  );
}
