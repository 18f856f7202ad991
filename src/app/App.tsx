import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions, type PageLocation } from '../data/dataFileQuery';
import { Explorer } from './Explorer';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';

/** Loads the data file the page asks for, then shows the explorer; loading and failure are never a blank page. */
export function App({ page = window.location }: { page?: PageLocation }) {
  const query = useQuery(dataFileQueryOptions({ search: page.search, href: page.href }));
  if (query.data) return <Explorer file={query.data} />;
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
