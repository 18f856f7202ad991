import { useEffect, useState } from 'react';

/** What the URL asks the page to show: the library, a saved article, the story, or the data file (the seed or `?data=`). */
export type PageRoute =
  | { view: 'library' }
  | { view: 'article'; articleId: string }
  /** `articleKeys` null: every article ("seed" is the built-in one). */
  | { view: 'story'; articleKeys: string[] | null }
  | { view: 'data-file' };

/** Reads the hash: `#library`, `#article=<id>[&event=<id>]`, `#story[=<key>,<key>][&event=<id>]`; anything else is the data file. */
export function readPageRoute(hash: string): PageRoute {
  const raw = hash.replace(/^#/, '');
  if (raw === 'library') return { view: 'library' };
  // `#story` alone is every article; `#story=` with no keys is none chosen.
  if (/^story(?:[=&]|$)/.test(raw)) {
    const keys = new URLSearchParams(raw).get('story') ?? '';
    return { view: 'story', articleKeys: raw.startsWith('story=') ? keys.split(',').filter(Boolean) : null };
  }
  const articleId = new URLSearchParams(raw).get('article');
  return articleId ? { view: 'article', articleId } : { view: 'data-file' };
}

/** The URL of a saved article (and optionally one of its events) on this page. */
export function articleUrl(articleId: string, eventId?: string): string {
  const event = eventId ? `&event=${encodeURIComponent(eventId)}` : '';
  return `${window.location.pathname}${window.location.search}#article=${encodeURIComponent(articleId)}${event}`;
}

/** The URL of the story across the library: of the chosen articles (all when null), with a selected event. */
export function storyUrl(articleKeys: readonly string[] | null, eventId?: string | null): string {
  const chosen = articleKeys === null ? 'story' : `story=${articleKeys.map(encodeURIComponent).join(',')}`;
  const event = eventId ? `&event=${encodeURIComponent(eventId)}` : '';
  return `${window.location.pathname}${window.location.search}#${chosen}${event}`;
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
