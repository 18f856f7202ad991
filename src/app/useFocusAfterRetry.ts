import { useCallback, useEffect, useRef } from 'react';

// Where focus goes after Retry, best first: the article once the file is loaded, else the alert's Retry button
// (a new one when the failure changed), else the loading status, which says what is happening.
const TARGETS = ['#article', '[role="alert"] button', '[data-loading-status]'];

/**
 * After Retry the button the reader pressed may vanish with the view it was in; focus would drop to <body>.
 * This moves it to the most meaningful place of whatever view replaced it, until the article has it.
 */
export function useFocusAfterRetry(): () => void {
  const pendingRef = useRef(false);

  useEffect(() => {
    if (!pendingRef.current) return;
    const active = document.activeElement;
    const lost = !active || active === document.body;
    const target = TARGETS.map((selector) => document.querySelector<HTMLElement>(selector)).find(Boolean);
    if (lost && target) target.focus({ preventScroll: true });
    if (target?.id === 'article') pendingRef.current = false;
  });

  return useCallback(() => {
    pendingRef.current = true;
  }, []);
}
