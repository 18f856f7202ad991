// Everything the library needs beyond the header, in one chunk loaded on first use: the views, the add-article
// form with its readers (Readability, marked), the storage, the worker client and the story across the library.
export { AddArticleDialog } from './AddArticleDialog';
export { LibraryView } from './LibraryView';
export { SavedArticleView } from './SavedArticleView';
export { StoryView } from '../story/StoryView';
export { importIntoLibrary } from './importIntoLibrary';
