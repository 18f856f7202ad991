import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveInstruction } from '../worker/extractMessages';
import { ExtractionCancelled, extractInWorker, type ExtractOutcome, type RunningExtraction } from '../worker/extractInWorker';
import type { ExtractRequest } from '../worker/extractToJson';

/** Texts that finish sooner never flash a progress bar. */
export const PROGRESS_DELAY_MS = 300;

/** Where a run stands: `showProgress` turns on once it has taken longer than PROGRESS_DELAY_MS. */
export interface ExtractionState {
  running: boolean;
  percent: number;
  showProgress: boolean;
}

const IDLE: ExtractionState = { running: false, percent: 0, showProgress: false };

/**
 * One extraction at a time in a worker, which also saves the result when told how. `run` resolves with the
 * outcome, or with null when cancelled; a failure rejects with its message. Leaving the page cancels the run.
 */
export function useExtraction() {
  const [state, setState] = useState(IDLE);
  const running = useRef<RunningExtraction | null>(null);

  useEffect(() => () => running.current?.cancel(), []);

  const run = useCallback(async (request: ExtractRequest, save?: SaveInstruction): Promise<ExtractOutcome | null> => {
    running.current?.cancel();
    setState({ running: true, percent: 0, showProgress: false });
    const timer = setTimeout(() => setState((s) => (s.running ? { ...s, showProgress: true } : s)), PROGRESS_DELAY_MS);
    const extraction = extractInWorker(request, (percent) => setState((s) => (s.running ? { ...s, percent } : s)), save);
    running.current = extraction;
    try {
      return await extraction.result;
    } catch (error) {
      if (error instanceof ExtractionCancelled) return null;
      throw error;
    } finally {
      clearTimeout(timer);
      if (running.current === extraction) {
        running.current = null;
        setState(IDLE);
      }
    }
  }, []);

  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, run, cancel };
}
