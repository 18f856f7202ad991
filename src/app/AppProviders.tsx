import { useState, type ReactNode } from 'react';
import { DataFileLoads } from '../data/dataFileLoads';
import { LibraryClientSlotContext, type LibraryClientSlot } from '../library/libraryClientSlot';
import { DataFileLoadsContext } from './useDataFileLoad';

/**
 * Context every part of the app needs: the data file loads (main.tsx passes the ones it started before React) and
 * a slot for the library's query client, which the library chunk fills on first use. Tests get fresh ones.
 */
export function AppProviders({ children, loads }: { children: ReactNode; loads?: DataFileLoads }) {
  const [ownLoads] = useState(() => loads ?? new DataFileLoads());
  const [librarySlot] = useState<LibraryClientSlot>(() => ({}));
  return (
    <DataFileLoadsContext.Provider value={ownLoads}>
      <LibraryClientSlotContext.Provider value={librarySlot}>{children}</LibraryClientSlotContext.Provider>
    </DataFileLoadsContext.Provider>
  );
}
