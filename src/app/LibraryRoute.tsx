import { Suspense } from 'react';
import { LazyLibraryView, LazySavedArticleView, LazyStoryView } from '../library/lazyLibrary';
import { LoadingStatus } from './LoadingStatus';
import type { PageRoute } from './usePageRoute';


/** `#library`, `#article=<id>` or `#story`: the library view, a saved article, or the story across the library. */
export function LibraryRoute({ route }: { route: Exclude<PageRoute, { view: 'data-file' }> }) {
  return (
    <Suspense fallback={<main className="app-shell-message"><LoadingStatus /></main>}>
      {route.view === 'library' && <LazyLibraryView />}
      {route.view === 'article' && <LazySavedArticleView articleId={route.articleId} />}
      {route.view === 'story' && <LazyStoryView articleKeys={route.articleKeys} />}
    </Suspense>
  );
}
