import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useState, type ReactNode } from 'react';
import { LibraryClientSlotContext, type LibraryClientSlot } from './libraryClientSlot';

/** The library's client: no refetch on focus (saved articles change through the library's own sync). */
function takeClient(slot: LibraryClientSlot): QueryClient {
  slot.client ??= new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } } });
  return slot.client as QueryClient;
}

/** The query client of the app's library around a library view (the same client for every view of one app). */
export function LibraryQueryProvider({ children }: { children: ReactNode }) {
  const slot = useContext(LibraryClientSlotContext);
  const [client] = useState(() => takeClient(slot));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
