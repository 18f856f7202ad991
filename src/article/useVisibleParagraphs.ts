import { useEffect, useState, type RefObject } from 'react';

const NONE: ReadonlySet<string> = new Set();

/**
 * Ids of the paragraphs (elements with `data-paragraph-id` inside `rootRef`) currently on screen.
 * The observer watches the viewport, which already clips by the article pane's own scroll box.
 * A new Set is made only when the answer changes, so consumers can memoise on it.
 */
export function useVisibleParagraphs(rootRef: RefObject<HTMLElement | null>, contentKey: unknown): ReadonlySet<string> {
  const [visible, setVisible] = useState<ReadonlySet<string>>(NONE);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof IntersectionObserver === 'undefined') return undefined;
    const inView = new Set<string>();
    const observer = new IntersectionObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const id = entry.target instanceof HTMLElement ? entry.target.dataset.paragraphId : undefined;
        if (!id) continue;
        if (entry.isIntersecting && !inView.has(id)) {
          inView.add(id);
          changed = true;
        } else if (!entry.isIntersecting && inView.delete(id)) {
          changed = true;
        }
      }
      if (changed) setVisible(new Set(inView));
    });
    root.querySelectorAll('[data-paragraph-id]').forEach((element) => observer.observe(element));
    return () => {
      observer.disconnect();
      setVisible(NONE);
    };
  }, [rootRef, contentKey]);

  return visible;
}
