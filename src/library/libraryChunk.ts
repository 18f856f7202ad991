// Everything the library needs beyond the header, in one chunk loaded on first use: the views, the add-article
// form with its readers (Readability, marked), the storage and the worker client.
export { AddArticleDialog } from './AddArticleDialog';
export { LibraryView } from './LibraryView';
export { SavedArticleView } from './SavedArticleView';
export { importIntoLibrary } from './importIntoLibrary';
