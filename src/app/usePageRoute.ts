import { useEffect, useState } from 'react';

/** What the URL asks the page to show: the library, a saved article, or the data file (the seed or `?data=`). */
export type PageRoute = { view: 'library' } | { view: 'article'; articleId: string } | { view: 'data-file' };

/** Reads the hash: `#library`, `#article=<id>[&event=<id>]`; anything else (`#event=`, none) is the data file. */
export function readPageRoute(hash: string): PageRoute {
  const raw = hash.replace(/^#/, '');
  if (raw === 'library') return { view: 'library' };
  const articleId = new URLSearchParams(raw).get('article');
  return articleId ? { view: 'article', articleId } : { view: 'data-file' };
}

/** The URL of a saved article (and optionally one of its events) on this page. */
export function articleUrl(articleId: string, eventId?: string): string {
  const event = eventId ? `&event=${encodeURIComponent(eventId)}` : '';
  return `${window.location.pathname}${window.location.search}#article=${encodeURIComponent(articleId)}${event}`;
}

/** Goes to a URL of this page as a new history entry, as a link would, and tells the route hook. */
export function navigateTo(url: string): void {
  window.history.pushState(null, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The route, kept in step with the hash through back/forward (popstate) and edits (hashchange). */
export function usePageRoute(): PageRoute {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return readPageRoute(hash);
}
