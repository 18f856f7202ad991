import { useCallback, useEffect, useState } from 'react';
import { readEventIdFromHash } from '../app/useSelection';
import { storyUrl } from '../app/usePageRoute';

/**
 * The story's selected event, in the URL beside the chosen articles (`#story=…&event=<id>`), so reload and
 * back/forward keep it; a new selection is a history entry, as in an article.
 */
export function useStorySelection(articleKeys: string[] | null, known: ReadonlyMap<string, unknown>) {
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
    window.history.pushState(window.history.state, '', storyUrl(articleKeys, eventId));
    setRequestedId(eventId);
  }, [articleKeys]);
  return { selectedId: requestedId !== null && known.has(requestedId) ? requestedId : null, select };
}
