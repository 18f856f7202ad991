import { useQuery, useQueryClient } from '@tanstack/react-query';
import { dataFileQueryOptions, describeDataFile, type PageLocation } from '../data/dataFileQuery';
import { LibraryFrame } from '../library/LibraryFrame';
import { Explorer } from './Explorer';
import { LibraryRoute } from './LibraryRoute';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';
import { SlowLoadNotice } from './SlowLoadNotice';
import { useFocusAfterRetry } from './useFocusAfterRetry';
import { useLoadTimeout } from './useLoadTimeout';
import { usePageRoute } from './usePageRoute';

/** The page: the library frame around what the URL names (the data file, the library, or a saved article). */
export function App({ page = window.location }: { page?: PageLocation }) {
  const route = usePageRoute();
  return <LibraryFrame>{route.view === 'data-file' ? <DataFileApp page={page} /> : <LibraryRoute route={route} />}</LibraryFrame>;
}

/** Loads the data file the page asks for, then shows the explorer; loading and failure are never a blank page. */
function DataFileApp({ page }: { page: PageLocation }) {
  const client = useQueryClient();
  const options = dataFileQueryOptions({ search: page.search, href: page.href });
  const query = useQuery(options);
  const timeout = useLoadTimeout(query.isFetching, query.errorUpdatedAt);
  const markRetry = useFocusAfterRetry();
  const retry = async () => {
    markRetry();
    timeout.keepWaiting();
    // A request that never answered is dropped first; refetch alone would join it and wait on.
    await client.cancelQueries({ queryKey: options.queryKey });
    await query.refetch();
  };
  if (query.data) return <Explorer file={query.data} />;
  if (query.isError) {
    return (
      <main className="app-shell-message">
        <LoadError message={query.error.message} retrying={query.isFetching} onRetry={() => void retry()} />
        {query.isFetching && <LoadingStatus />}
      </main>
    );
  }
  return (
    <main className="app-shell-message">
      {timeout.overdue && <SlowLoadNotice fileName={describeDataFile(page)} onRetry={() => void retry()} onKeepWaiting={timeout.keepWaiting} />}
      <LoadingStatus />
    </main>
  );
}
