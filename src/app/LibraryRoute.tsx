import { Suspense } from 'react';
import { LazyLibraryView, LazySavedArticleView } from '../library/lazyLibrary';
import { LoadingStatus } from './LoadingStatus';
import type { PageRoute } from './usePageRoute';


/** `#library` or `#article=<id>`: the library view or a saved article. */
export function LibraryRoute({ route }: { route: Exclude<PageRoute, { view: 'data-file' }> }) {
  return (
    <Suspense fallback={<main className="app-shell-message"><LoadingStatus /></main>}>
      {route.view === 'library' ? <LazyLibraryView /> : <LazySavedArticleView articleId={route.articleId} />}
    </Suspense>
  );
}
