import { useCallback, useEffect, useState } from 'react';

/** How long a data file may take before the reader is told and offered Retry (a slow phone network still fits). */
export const LOAD_TIMEOUT_MS = 15_000;

/** Whether a load has run past its time, and a way to keep waiting another round. */
export interface LoadTimeout {
  overdue: boolean;
  /** Hides the notice and starts the clock again; the request itself goes on. */
  keepWaiting: () => void;
}

/** Counts LOAD_TIMEOUT_MS from the moment `waiting` turns true (and again after keepWaiting or a new attempt). */
export function useLoadTimeout(waiting: boolean, attemptKey: unknown, timeoutMs = LOAD_TIMEOUT_MS): LoadTimeout {
  const [round, setRound] = useState(0);
  // Which wait ran out: a new attempt or another round is a new wait, not yet overdue.
  const wait = `${String(attemptKey)}:${round}`;
  const [overdueWait, setOverdueWait] = useState<string | null>(null);

  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setTimeout(() => setOverdueWait(wait), timeoutMs);
    return () => window.clearTimeout(timer);
  }, [waiting, wait, timeoutMs]);

  const keepWaiting = useCallback(() => setRound((n) => n + 1), []);
  return { overdue: waiting && overdueWait === wait, keepWaiting };
}
