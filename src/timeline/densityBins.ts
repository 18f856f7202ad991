/** Bars of the overview strip: how many events start in each slice of the whole story, in px. */
export interface DensityBins {
  binWidthPx: number;
  counts: number[];
  /** The fullest bin's count (at least 1), for scaling bar heights. */
  maxCount: number;
}

/**
 * Counts events per `binWidthPx` slice of a `widthPx` strip from their x on the fit-all scale. One pass, no
 * spread into Math.max: the strip must hold any number of events.
 */
export function countDensity(anchorsPx: Iterable<number>, widthPx: number, binWidthPx = 4): DensityBins {
  const binCount = Math.max(1, Math.ceil(widthPx / binWidthPx));
  const counts = new Array<number>(binCount).fill(0);
  let maxCount = 1;
  for (const xPx of anchorsPx) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(xPx / binWidthPx)));
    const n = (counts[bin] ?? 0) + 1;
    counts[bin] = n;
    if (n > maxCount) maxCount = n;
  }
  return { binWidthPx, counts, maxCount };
}
