import { memo } from 'react';
import { TICK_LABEL_OFFSET_PX, type AxisTicks } from './ticks';
import { AXIS_HEIGHT_PX, FOOTER_HEIGHT_PX } from './layout';

/** The time axis for one view, already in px. */
export interface TimeAxisProps {
  axisTicks: AxisTicks;
  widthPx: number;
  heightPx: number;
}

const LABEL_BASELINE_PX = 16;

function TimeAxisView({ axisTicks, widthPx, heightPx }: TimeAxisProps) {
  const { ticks, contextLabel, level } = axisTicks;
  return (
    // Hidden from assistive technology: each mark says its own date; the axis is for the eye.
    <g className={`time-axis level-${level}`} data-testid="time-axis" aria-hidden="true">
      <rect className="axis-band" x={0} y={0} width={widthPx} height={AXIS_HEIGHT_PX} />
      {ticks.map((tick) => (
        <g key={tick.key} className="tick" transform={`translate(${tick.xPx},0)`}>
          <line className="tick-grid" y1={AXIS_HEIGHT_PX} y2={heightPx} />
          <line className="tick-line" y1={AXIS_HEIGHT_PX - 6} y2={AXIS_HEIGHT_PX} />
          <text className="tick-label" x={TICK_LABEL_OFFSET_PX} y={LABEL_BASELINE_PX}>{tick.label}</text>
        </g>
      ))}
      <line className="axis-line" x1={0} x2={widthPx} y1={AXIS_HEIGHT_PX} y2={AXIS_HEIGHT_PX} />
      {contextLabel && (
        // In the footer's left corner, where no tick label can collide with it.
        <text className="axis-context" x={6} y={heightPx - FOOTER_HEIGHT_PX / 2 + 4}>{contextLabel}</text>
      )}
    </g>
  );
}

/** Ticks that adapt to the zoom (years → months → days), with faint grid lines down through the lanes. */
export const TimeAxis = memo(TimeAxisView);
