/**
 * Runs `work` and records how long it took as a User Timing measure "dateline:<phase>", so `npm run bench` (and a
 * performance trace) can say where the time of a large file goes. A measure costs microseconds.
 */
export function measurePhase<T>(phase: string, work: () => T): T {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return work();
  const startMs = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`dateline:${phase}`, { start: startMs, end: performance.now() });
  }
}
