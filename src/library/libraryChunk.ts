// Everything the library needs beyond the header, in one chunk loaded on first use: the views, the add-article
// form with its readers (Readability, marked), the storage, the worker client and the story across the library.
export { AddArticleDialog } from './AddArticleDialog';
// The views bring the query library with them: the first page does without it.
export { LibraryViewWithQueries as LibraryView, SavedArticleViewWithQueries as SavedArticleView } from './libraryViews';
export { StoryView } from '../story/StoryView';
export { importIntoLibrary } from './importIntoLibrary';
