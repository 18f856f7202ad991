import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** A query client for one page: no refetch on focus (the data file does not change under the reader). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
  });
}

/** Context every part of the app needs; tests pass their own client. */
export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [ownClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={ownClient}>{children}</QueryClientProvider>;
}
