import { createIdbLibraryStore, openLibraryDb } from './idbLibraryStore';
import type { LibraryStore } from './libraryStore';
import { createMemoryLibraryStore } from './memoryLibraryStore';

/** The library this page uses, and why it is not saved when it is not. */
export interface OpenedLibrary {
  store: LibraryStore;
  /** Set when IndexedDB could not be opened and the library lives only in this tab. */
  unavailableReason?: string;
}

let opened: Promise<OpenedLibrary> | null = null;

async function openOnce(): Promise<OpenedLibrary> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    return { store: createIdbLibraryStore(await openLibraryDb()) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      store: createMemoryLibraryStore(),
      unavailableReason: `This browser does not let Dateline save here (a private window?): ${reason}. Articles you add stay until this tab closes.`,
    };
  }
}

/** The page's one library: IndexedDB when the browser allows it, else an in-memory one that says so. */
export function openLibraryStore(): Promise<OpenedLibrary> {
  opened ??= openOnce();
  return opened;
}

/** Forgets the opened library (tests open a fresh one per case). */
export function resetLibraryStoreForTests(): void {
  opened = null;
  unsaved = null;
}

let unsaved: ReturnType<typeof createMemoryLibraryStore> | null = null;

/** Articles that could not be saved (storage full): kept for this tab so the reader still gets their timeline. */
export function getUnsavedArticles(): LibraryStore {
  unsaved ??= createMemoryLibraryStore();
  return unsaved;
}
