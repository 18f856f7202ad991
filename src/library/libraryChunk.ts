// Everything the library needs beyond the header, in one chunk loaded on first use: the views, the add-article
// form with its readers (Readability, marked), the storage and the worker client.
export { AddArticleDialog } from './AddArticleDialog';
// The views bring the query library with them: the first page does without it.
export { LibraryViewWithQueries as LibraryView, SavedArticleViewWithQueries as SavedArticleView } from './libraryViews';
export { importIntoLibrary } from './importIntoLibrary';
