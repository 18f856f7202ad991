import { memo, useMemo, useRef } from 'react';
import { countDensity } from './densityBins';
import { useOverviewBrush } from './useOverviewBrush';

/** The whole story at a glance above the detailed timeline. */
export interface OverviewStripProps {
  /** Each event's x on the fit-all scale, px. */
  anchorsPx: readonly number[];
  widthPx: number;
  /** The part of the story shown below, on the fit-all scale, px. */
  windowPx: [number, number];
  /** What the strip says it shows: "1,000 events, 2001 – 2024". */
  description: string;
  onWindowChange: (x0Px: number, x1Px: number) => void;
  onRecentre: (xPx: number) => void;
  /** The reader takes hold of the window (true) or lets go (false). */
  onHold: (held: boolean) => void;
}

export const OVERVIEW_HEIGHT_PX = 26;

function DensityBars({ anchorsPx, widthPx }: { anchorsPx: readonly number[]; widthPx: number }) {
  const { binWidthPx, counts, maxCount } = useMemo(() => countDensity(anchorsPx, widthPx), [anchorsPx, widthPx]);
  // Square-root heights: one event still shows beside a pile of a thousand.
  const path = counts.map((n, i) => {
    if (n === 0) return '';
    const h = Math.max(2, Math.sqrt(n / maxCount) * (OVERVIEW_HEIGHT_PX - 4));
    return `M${i * binWidthPx},${OVERVIEW_HEIGHT_PX}h${binWidthPx - 1}v${-h}h${1 - binWidthPx}Z`;
  }).join('');
  return <path className="overview-density" d={path} />;
}

/** Drawn once per data and width; only d3-brush's window moves with the view. */
const MemoDensityBars = memo(DensityBars);

function OverviewStripView({ anchorsPx, widthPx, windowPx, description, onWindowChange, onRecentre, onHold }: OverviewStripProps) {
  const brushRef = useRef<SVGGElement>(null);
  useOverviewBrush(brushRef, { widthPx, heightPx: OVERVIEW_HEIGHT_PX, windowPx, onWindowChange, onRecentre, onHold });
  return (
    <svg className="timeline-overview" width={widthPx} height={OVERVIEW_HEIGHT_PX} data-testid="timeline-overview">
      <title>{`Overview: ${description}. Drag the window to move the view, drag its edges to zoom.`}</title>
      <MemoDensityBars anchorsPx={anchorsPx} widthPx={widthPx} />
      {/* d3-brush draws the window here; React renders nothing inside. */}
      <g ref={brushRef} className="overview-brush" aria-hidden="true" />
    </svg>
  );
}

/** The overview strip: event density over the whole story with the visible window, draggable and resizable. */
export const OverviewStrip = memo(OverviewStripView);
