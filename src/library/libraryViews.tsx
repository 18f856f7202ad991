import { LibraryQueryProvider } from './LibraryQueryProvider';
import { LibraryView } from './LibraryView';
import { SavedArticleView } from './SavedArticleView';

/** The library list with the library's query client around it. */
export function LibraryViewWithQueries() {
  return (
    <LibraryQueryProvider>
      <LibraryView />
    </LibraryQueryProvider>
  );
}

/** A saved article with the library's query client around it. */
export function SavedArticleViewWithQueries({ articleId }: { articleId: string }) {
  return (
    <LibraryQueryProvider>
      <SavedArticleView articleId={articleId} />
    </LibraryQueryProvider>
  );
}
