import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printMedia = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * Whether the page is being printed: from `beforeprint` (rendered at once, before the browser takes its print
 * snapshot) to `afterprint`, or while print media is emulated (devtools, tests).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(printMedia()?.matches ?? false);
    const media = printMedia();
    const follow = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}
