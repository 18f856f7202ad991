import type { SaveStatus as Status } from './useCuration';

/** Says whether the last edit is stored: "Saving…", "All edits saved", or why it was not. */
export function SaveStatus({ status }: { status: Status }) {
  const text = {
    loading: '',
    idle: '',
    saving: 'Saving…',
    saved: 'All edits saved',
    failed: status.kind === 'failed' ? status.message : '',
  }[status.kind];
  return (
    <p aria-live="polite" className={`save-status save-status-${status.kind}`} data-testid="save-status">
      {text}
    </p>
  );
}
