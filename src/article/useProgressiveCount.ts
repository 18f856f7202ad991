import { useEffect, useState } from 'react';

/** Paragraphs drawn with the first paint: more than any screen shows. */
export const FIRST_BATCH = 80;
/** Paragraphs added per idle moment after that. */
export const LATER_BATCH = 250;

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

/**
 * How many of `total` items to render now: a first batch at once, then more in idle moments until all are there.
 * A 3,000-paragraph article opens as fast as a short one, and the rest arrives without blocking the reader.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(FIRST_BATCH);

  useEffect(() => {
    if (count >= total) return undefined;
    const handle = whenIdle(() => setCount((n) => n + LATER_BATCH));
    return handle.cancel;
  }, [count, total]);

  return Math.min(count, total);
}
