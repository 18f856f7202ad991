import { useDataFileLoad } from '../app/useDataFileLoad';
import { openSeed } from './LibraryFrame';
import { formatEventCount, formatPublished } from './formatLibraryDates';

/** The built-in article, always first and never deletable; its facts come from its data file. */
export function SeedEntry({ filter }: { filter: string }) {
  // The page's own load of the seed when it shows the seed (no second request), else one of its own.
  const { file, error } = useDataFileLoad({ search: '', href: window.location.href });
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
      {error !== null && !file && <p className="library-item-facts">Its data file could not be loaded: {error}</p>}
    </li>
  );
}
