/** Why a library operation failed; each has its own message for the reader. */
export type StorageErrorKind = 'unavailable' | 'quota' | 'stale' | 'missing' | 'unreadable' | 'failed';

/** A library operation that failed; nothing else was changed. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/** Turns what IndexedDB threw into a StorageError with a message a reader can act on. */
export function toStorageError(error: unknown, doing: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError('quota', `Could not ${doing}: the browser's storage for this site is full. Delete some articles and try again.`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StorageError('failed', `Could not ${doing}: ${reason}`);
}
