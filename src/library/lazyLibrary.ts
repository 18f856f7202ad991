import { lazy } from 'react';

// One dynamic import for the whole library chunk keeps the first page's share of it to a few bytes.
const loadLibrary = () => import('./libraryChunk');

export const LazyAddArticleDialog = lazy(() => loadLibrary().then((m) => ({ default: m.AddArticleDialog })));
export const LazyLibraryView = lazy(() => loadLibrary().then((m) => ({ default: m.LibraryView })));
export const LazySavedArticleView = lazy(() => loadLibrary().then((m) => ({ default: m.SavedArticleView })));
