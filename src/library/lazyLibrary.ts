import { lazy } from 'react';
import type { DataFile } from '../model/dataFile';

// One dynamic import for the whole library chunk keeps the first page's share of it to a few bytes.
const loadLibrary = () => import('./libraryChunk');

export const LazyAddArticleDialog = lazy(() => loadLibrary().then((m) => ({ default: m.AddArticleDialog })));
export const LazyLibraryView = lazy(() => loadLibrary().then((m) => ({ default: m.LibraryView })));
export const LazySavedArticleView = lazy(() => loadLibrary().then((m) => ({ default: m.SavedArticleView })));
export const LazyStoryView = lazy(() => loadLibrary().then((m) => ({ default: m.StoryView })));

/** Saves an imported data file as a new library entry and opens it (loads the library chunk first). */
export const importIntoLibrary = (file: DataFile) => loadLibrary().then((m) => m.importIntoLibrary(file));
