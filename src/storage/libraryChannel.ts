/** The BroadcastChannel every tab of Dateline shares; a message means "the library changed, read it again". */
const CHANNEL_NAME = 'dateline-library';

/** What changed: one article (by id) or the whole library (delete all). */
export interface LibraryChange {
  id?: string;
}

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
const localListeners = new Set<(change: LibraryChange) => void>();

/** Tells this tab's listeners and every other tab that the library changed. */
export function announceLibraryChange(change: LibraryChange): void {
  for (const listener of localListeners) listener(change);
  channel?.postMessage(change);
}

/** Calls `listener` after any library change, in this tab or another; returns the unsubscribe. */
export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  const fromOtherTab = (event: MessageEvent<LibraryChange>) => listener(event.data ?? {});
  localListeners.add(listener);
  channel?.addEventListener('message', fromOtherTab);
  return () => {
    localListeners.delete(listener);
    channel?.removeEventListener('message', fromOtherTab);
  };
}
