import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DataFileLoadState, DataFileLoads, PageLocation } from '../data/dataFileLoads';

/** The page's data file loads (main.tsx starts the first one before React renders); AppProviders provides it. */
export const DataFileLoadsContext = createContext<DataFileLoads | null>(null);

/** The state of the load of the file `page` asks for, and Retry. */
export function useDataFileLoad(page: PageLocation): DataFileLoadState & { retry: () => Promise<void> } {
  const loads = useContext(DataFileLoadsContext);
  if (!loads) throw new Error('useDataFileLoad needs AppProviders around the app');
  const load = loads.get(page);
  const state = useSyncExternalStore(load.subscribe, load.getState);
  return { ...state, retry: () => load.retry() };
}
