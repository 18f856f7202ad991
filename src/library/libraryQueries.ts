import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { parseDataFile } from '../data/parseDataFile';
import type { DataFile } from '../model/dataFile';
import { onLibraryChange } from '../storage/libraryChannel';
import type { LibraryArticle } from '../storage/libraryRecord';
import { getUnsavedArticles, openLibraryStore } from '../storage/openLibraryStore';
import { StorageError } from '../storage/storageError';

/** The library list and whether it is saved. */
export const libraryListQuery = () =>
  queryOptions({
    queryKey: ['library', 'list'],
    queryFn: async () => {
      const { store, unavailableReason } = await openLibraryStore();
      const [listing, unsaved] = await Promise.all([store.list(), getUnsavedArticles().list()]);
      return { ...listing, unsaved: unsaved.articles, persistent: store.persistent, unavailableReason };
    },
  });

/** A saved article opened: its record and its data file (titled with the record's headline, which Rename sets). */
export interface OpenedArticle {
  record: LibraryArticle;
  file: DataFile;
  saved: boolean;
}

export const savedArticleQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['library', 'article', articleId],
    queryFn: async (): Promise<OpenedArticle> => {
      const { store } = await openLibraryStore();
      const stored = await store.get(articleId);
      const record = stored ?? (await getUnsavedArticles().get(articleId));
      if (!record) throw new StorageError('missing', `There is no saved article “${articleId}” in this browser's library (deleted, or saved in another browser).`);
      const file = parseDataFile(record.dataJson, `the data file of “${record.headline}”`);
      // The library's id names the article, so hand edits (kept by article id) never mix two articles that were
      // extracted from files of the same name.
      return { record, saved: stored !== undefined, file: { ...file, article: { ...file.article, id: record.id, title: record.headline } } };
    },
    staleTime: Infinity,
  });

/** Re-reads the library whenever it changes, in this tab or another (BroadcastChannel). */
export function useLibrarySync(): void {
  const client = useQueryClient();
  useEffect(
    () => onLibraryChange((change) => {
      void client.invalidateQueries({ queryKey: ['library', 'list'] });
      if (change.id) void client.invalidateQueries({ queryKey: ['library', 'article', change.id] });
      else void client.invalidateQueries({ queryKey: ['library', 'article'] });
    }),
    [client],
  );
}
