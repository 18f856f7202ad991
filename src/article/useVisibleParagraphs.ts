import { useEffect, useRef, useState, type RefObject } from 'react';
import { findScrollContainer } from './scrollContainer';

const NONE: ReadonlySet<string> = new Set();
const PARAGRAPHS = '[data-paragraph-id]';

/**
 * Ids of the paragraphs (elements with `data-paragraph-id` inside `rootRef`) currently on screen.
 * The observer watches the pane's own scroll box (or the viewport where the page scrolls instead).
 * Paragraphs rendered later (`renderedCount` grows) join the same observer, so what is in view stays known.
 * A new Set is made only when the answer changes, so consumers can memoise on it.
 */
export function useVisibleParagraphs(rootRef: RefObject<HTMLElement | null>, contentKey: unknown, renderedCount = 0): ReadonlySet<string> {
  const [visible, setVisible] = useState<ReadonlySet<string>>(NONE);
  const observerRef = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof IntersectionObserver === 'undefined') return undefined;
    const inView = new Set<string>();
    const container = findScrollContainer(root);
    const observer = new IntersectionObserver(
      (entries) => {
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
      },
      { root: container === root ? root : null },
    );
    root.querySelectorAll(PARAGRAPHS).forEach((element) => observer.observe(element));
    observerRef.current = observer;
    return () => {
      observer.disconnect();
      observerRef.current = null;
      setVisible(NONE);
    };
  }, [rootRef, contentKey]);

  useEffect(() => {
    // Observing a paragraph twice is a no-op, so every paragraph can be handed over again.
    rootRef.current?.querySelectorAll(PARAGRAPHS).forEach((element) => observerRef.current?.observe(element));
  }, [rootRef, renderedCount]);

  return visible;
}
