import { createContext } from 'react';

/**
 * Where the library keeps its query client for one mounted app. The client is made by the library chunk on first
 * use, so the first page carries no query library; one slot per app keeps the library's cache across its views.
 */
export interface LibraryClientSlot {
  client?: unknown;
}

export const LibraryClientSlotContext = createContext<LibraryClientSlot>({});
