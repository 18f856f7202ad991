import { useQuery } from '@tanstack/react-query';
import { Explorer } from '../app/Explorer';
import { LoadingStatus } from '../app/LoadingStatus';
import { savedArticleQuery, useLibrarySync } from './libraryQueries';

/** A saved article opened from the library (`#article=<id>`): the same explorer as the seed, or why it cannot open. */
export function SavedArticleView({ articleId }: { articleId: string }) {
  useLibrarySync();
  const query = useQuery(savedArticleQuery(articleId));
  // An error wins over cached data: an article deleted (here or in another tab) must not linger on screen.
  if (query.data && !query.isError) return <Explorer key={articleId} file={query.data.file} />;
  return (
    <main className="app-shell-message">
      {query.isError ? (
        <div role="alert" className="app-message app-message-error">
          <h1>This article could not be opened</h1>
          <p className="app-message-detail">{query.error.message}</p>
          <p>
            <a href="#library">Open the library</a> to re-extract it from its text or delete it; your other articles are unaffected.
          </p>
        </div>
      ) : (
        <LoadingStatus />
      )}
    </main>
  );
}
