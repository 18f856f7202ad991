import { estimateTextWidthPx } from './lanes';
import { LABEL_FONT_PX, type MarkGeometry } from './layout';

/** The label of a mark that had no room for it, shown while the mark is hovered or focused. */
export interface MarkTooltipProps {
  mark: MarkGeometry;
  widthPx: number;
}

const PADDING_PX = 4;

/** Drawn above the mark's lane, kept inside the view; for the eye only (the mark's name already says it). */
export function MarkTooltip({ mark, widthPx }: MarkTooltipProps) {
  const textWidthPx = estimateTextWidthPx(mark.label, LABEL_FONT_PX);
  const xPx = Math.min(Math.max(2, mark.labelXPx - PADDING_PX), Math.max(2, widthPx - textWidthPx - 2 * PADDING_PX - 2));
  return (
    <g className="mark-tooltip" aria-hidden="true" pointerEvents="none">
      <rect x={xPx} y={mark.labelYPx - 12} width={textWidthPx + 2 * PADDING_PX} height={16} rx={3} />
      <text x={xPx + PADDING_PX} y={mark.labelYPx}>{mark.label}</text>
    </g>
  );
}
