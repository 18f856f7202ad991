import { useCallback, useEffect, useState } from 'react';
import { quoteForMessage } from '../model/quoteForMessage';

/** The selected event, kept in the URL hash so reload restores it and back/forward step through it. */
export interface Selection {
  /** A known event id, or null. */
  selectedId: string | null;
  /** Selects an event (pushing a history entry) or clears the selection with null. */
  select: (eventId: string | null) => void;
  /** A polite note when the URL names an event this file does not have. */
  notice: string | null;
}

/** Reads `#event=<id>` (other hashes, like a skip link's, select nothing). */
export function readEventIdFromHash(hash: string): string | null {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('event');
  return id ? id : null;
}

/**
 * The URL for a selection: the same page with `#event=<id>`, or with no hash at all when cleared; a saved
 * article's `article=<id>` stays in front (`#article=<id>&event=<id>`).
 */
export function writeEventIdToUrl(location: Pick<Location, 'pathname' | 'search'> & { hash?: string }, eventId: string | null): string {
  const page = `${location.pathname}${location.search}`;
  const article = new URLSearchParams((location.hash ?? '').replace(/^#/, '')).get('article');
  const parts = [article ? `article=${encodeURIComponent(article)}` : '', eventId ? `event=${encodeURIComponent(eventId)}` : ''].filter(Boolean);
  return parts.length > 0 ? `${page}#${parts.join('&')}` : page;
}

/**
 * The event id the URL hash asks for, and a way to select another: each new selection is a pushState to
 * `urlFor(id)`, so back and forward step through earlier selections; popstate and hashchange (a hand-edited URL)
 * restore it. Articles and the story share it; they differ only in the URL a selection writes.
 */
export function useHashEventId(urlFor: (eventId: string | null) => string): [string | null, (eventId: string | null) => void] {
  const [requestedId, setRequestedId] = useState(() => readEventIdFromHash(window.location.hash));

  useEffect(() => {
    const restore = () => setRequestedId(readEventIdFromHash(window.location.hash));
    window.addEventListener('popstate', restore);
    window.addEventListener('hashchange', restore);
    return () => {
      window.removeEventListener('popstate', restore);
      window.removeEventListener('hashchange', restore);
    };
  }, []);

  const select = useCallback((eventId: string | null) => {
    if (readEventIdFromHash(window.location.hash) === eventId) return;
    window.history.pushState(window.history.state, '', urlFor(eventId));
    setRequestedId(eventId);
  }, [urlFor]);
  return [requestedId, select];
}

const writeForThisPage = (eventId: string | null) => writeEventIdToUrl(window.location, eventId);

/** Selection state of an article, living in the URL hash (see useHashEventId). */
export function useSelection(knownIds: ReadonlySet<string>): Selection {
  const [requestedId, select] = useHashEventId(writeForThisPage);

  const known = requestedId !== null && knownIds.has(requestedId);
  return {
    selectedId: known ? requestedId : null,
    select,
    notice: requestedId !== null && !known ? `This article has no event ${quoteForMessage(requestedId)}, so nothing is selected.` : null,
  };
}
