import { useQuery } from '@tanstack/react-query';
import { dataFileQueryOptions } from '../data/dataFileQuery';
import { openSeed } from './LibraryFrame';
import { formatEventCount, formatPublished } from './formatLibraryDates';

/** The built-in article, always first and never deletable; its facts come from its data file. */
export function SeedEntry({ filter }: { filter: string }) {
  const query = useQuery(dataFileQueryOptions({ search: '', href: window.location.href }));
  const file = query.data;
  const headline = file?.article.title ?? 'The built-in article';
  if (filter && !headline.toLowerCase().includes(filter)) return null;
  return (
    <li className="library-item library-item-seed">
      <a className="library-item-title" href={window.location.pathname} onClick={openSeed}>{headline}</a>
      <p className="library-item-facts">
        {file && <span>Published {formatPublished(file.article.published)}</span>}
        {file && <span>{formatEventCount(file.events.length)}</span>}
        <span>Built in</span>
        {file?.article.credit && <span>{file.article.credit}</span>}
      </p>
      {query.isError && <p className="library-item-facts">Its data file could not be loaded: {query.error.message}</p>}
    </li>
  );
}
