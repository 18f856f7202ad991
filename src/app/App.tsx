import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions, type PageLocation } from '../data/dataFileQuery';
import { LibraryFrame } from '../library/LibraryFrame';
import { Explorer } from './Explorer';
import { LibraryRoute } from './LibraryRoute';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';
import { usePageRoute } from './usePageRoute';

/** The page: the library frame around what the URL names (the data file, the library, or a saved article). */
export function App({ page = window.location }: { page?: PageLocation }) {
  const route = usePageRoute();
  return <LibraryFrame>{route.view === 'data-file' ? <DataFileApp page={page} /> : <LibraryRoute route={route} />}</LibraryFrame>;
}

/** Loads the data file the page asks for, then shows the explorer; loading and failure are never a blank page. */
function DataFileApp({ page }: { page: PageLocation }) {
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
