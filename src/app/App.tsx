import { describeDataFile, type PageLocation } from '../data/dataFileLoads';
import { LibraryFrame } from '../library/LibraryFrame';
import { Explorer } from './Explorer';
import { LibraryRoute } from './LibraryRoute';
import { LoadError } from './LoadError';
import { LoadingStatus } from './LoadingStatus';
import { SlowLoadNotice } from './SlowLoadNotice';
import { useDataFileLoad } from './useDataFileLoad';
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
  const load = useDataFileLoad({ search: page.search, href: page.href });
  const timeout = useLoadTimeout(load.fetching, load.attempt);
  const markRetry = useFocusAfterRetry();
  const retry = async () => {
    markRetry();
    timeout.keepWaiting();
    await load.retry();
  };
  if (load.file) return <Explorer file={load.file} />;
  if (load.error !== null) {
    return (
      <main className="app-shell-message">
        <LoadError message={load.error} retrying={load.fetching} onRetry={() => void retry()} />
        {load.fetching && <LoadingStatus />}
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
