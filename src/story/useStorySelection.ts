import { useCallback } from 'react';
import { useHashEventId } from '../app/useSelection';
import { storyUrl } from '../app/usePageRoute';

/**
 * The story's selected event, in the URL beside the chosen articles (`#story=…&event=<id>`), so reload and
 * back/forward keep it; a new selection is a history entry, as in an article.
 */
export function useStorySelection(articleKeys: string[] | null, known: ReadonlyMap<string, unknown>) {
  const urlFor = useCallback((eventId: string | null) => storyUrl(articleKeys, eventId), [articleKeys]);
  const [requestedId, select] = useHashEventId(urlFor);
  return { selectedId: requestedId !== null && known.has(requestedId) ? requestedId : null, select };
}
