import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DataFile } from '../model/dataFile';
import { dataFileQueryOptions, type PageLocation } from '../data/dataFileQuery';
import { Explorer } from './Explorer';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';

/** Loads the data file the page asks for, then shows the explorer; loading and failure are never a blank page. */
export function App({ page = window.location }: { page?: PageLocation }) {
  const query = useQuery(dataFileQueryOptions({ search: page.search, href: page.href }));
  // Until the library takes imports as entries, an imported file opens in place of the loaded one.
  const [imported, setImported] = useState<DataFile | null>(null);
  if (imported) return <Explorer key={imported.article.id} file={imported} onImported={setImported} />;
  if (query.data) return <Explorer file={query.data} onImported={setImported} />;
  if (query.isError) {
    return (
      <main className="app-shell-message">
        <LoadError message={query.error.message} retrying={query.isFetching} onRetry={() => void query.refetch()} />
        {query.isFetching && <LoadingStatus />}
      </main>
    );
  }
  return (
    <main className="app-shell-message">
      <LoadingStatus />
    </main>
  );
}
