import { queryOptions } from '@tanstack/react-query';
import type { DataFile } from '../model/dataFile';
import { loadLibrarySources, readSeedSource } from './loadStorySources';

// Under ['library', 'list'], so every library change (this tab or another) re-reads the story too. Not cached
// past a visit: hand edits made in an article since must show when the story opens again.
export const librarySourcesQuery = () =>
  queryOptions({
    queryKey: ['library', 'list', 'story-sources'],
    queryFn: () => loadLibrarySources(),
  });

/** The built-in article with its hand edits, once its data file is in. */
export const seedSourceQuery = (file: DataFile | undefined) =>
  queryOptions({
    queryKey: ['story', 'seed', file?.article.id],
    queryFn: () => readSeedSource(file!),
    enabled: file !== undefined,
  });
