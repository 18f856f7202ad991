import { useEffect, useState } from 'react';

/**
 * Characters of text drawn with the first paint: a tall, wide screen shows about 4,000, so the reader never
 * sees the pane end early, and a 3,000-paragraph article opens as fast as a short one.
 */
export const FIRST_BATCH_CHARACTERS = 8_000;
/**
 * Characters added per idle moment after that: small enough that one batch (its mention buttons included) is
 * drawn well inside a frame budget, so a click or a key press never waits behind the rest of the article.
 */
export const LATER_BATCH_CHARACTERS = 12_000;

type IdleHandle = { cancel: () => void };

// requestIdleCallback where there is one (not in Safari, not in jsdom); a short timer otherwise.
function whenIdle(callback: () => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 200 });
    return { cancel: () => window.cancelIdleCallback(id) };
  }
  const id = window.setTimeout(callback, 16);
  return { cancel: () => window.clearTimeout(id) };
}

/** How many items from `from` on fit in `budget` characters; always at least one, so every batch moves on. */
export function countWithinBudget(items: readonly { text: string }[], from: number, budget: number): number {
  let used = 0;
  let end = from;
  while (end < items.length && (end === from || used + items[end]!.text.length <= budget)) {
    used += items[end]!.text.length;
    end += 1;
  }
  return end - from;
}

/**
 * How many of `items` to render now: a screenful and more at once, then a small batch in each idle moment
 * until all are there (so find-in-page and the print view still see the whole text in the end).
 */
export function useProgressiveCount(items: readonly { text: string }[]): number {
  const [progress, setProgress] = useState(() => ({ items, count: countWithinBudget(items, 0, FIRST_BATCH_CHARACTERS) }));
  // Another article starts again from a screenful rather than drawing as much as the last one had reached.
  const current = progress.items === items ? progress : { items, count: countWithinBudget(items, 0, FIRST_BATCH_CHARACTERS) };
  if (current !== progress) setProgress(current);
  const { count } = current;

  useEffect(() => {
    if (count >= items.length) return undefined;
    const handle = whenIdle(() => setProgress((was) => (was.items === items
      ? { items, count: was.count + countWithinBudget(items, was.count, LATER_BATCH_CHARACTERS) }
      : was)));
    return handle.cancel;
  }, [count, items]);

  return Math.min(count, items.length);
}
