import { useSyncExternalStore } from 'react';

// Print media (Ctrl+P, window.print(), an emulated print preview) or a print about to start.
const PRINT_QUERY = 'print';
let printStarting = false;
const printMedia = () => (typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(PRINT_QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const media = printMedia();
  // beforeprint fires before the print layout; a store change re-renders synchronously (in the microtask right after
  // this listener), so the content is on paper.
  const onBeforePrint = () => {
    printStarting = true;
    onChange();
  };
  const onAfterPrint = () => {
    printStarting = false;
    onChange();
  };
  media?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);
  return () => {
    media?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
  };
}

const readPrinting = () => printStarting || (printMedia()?.matches ?? false);

/**
 * True while the page is being printed. Content that only print shows waits for it, so a page of 10,000 events
 * does not build a 10,000-row table at load and on every selection.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, readPrinting, () => false);
}
