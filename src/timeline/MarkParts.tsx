import type { ReactNode } from 'react';
import { LANE_HEIGHT_PX, type MarkGeometry } from './layout';
import { HIT_PADDING_PX } from './markIndex';

/** The invisible area that takes the pointer and carries the focus ring, on SVG marks and canvas proxies alike. */
function MarkHitArea({ geometry: g }: { geometry: MarkGeometry }) {
  return (
    <rect
      className="mark-hit"
      x={g.hitLeftPx - HIT_PADDING_PX}
      y={g.laneTopPx - 1}
      width={g.hitRightPx - g.hitLeftPx + 2 * HIT_PADDING_PX}
      height={LANE_HEIGHT_PX - 2}
      rx={5}
    />
  );
}

/** The mark's label where it fits, on a backing in the surface colour so a label over its own bar stays readable. */
export function MarkLabel({ geometry: g }: { geometry: MarkGeometry }) {
  if (!g.labelShown) return null;
  return (
    <>
      <rect className="mark-label-backing" x={g.labelXPx - 2} y={g.labelYPx - 11} width={g.labelWidthPx + 4} height={15} rx={2} />
      <text className="mark-label" x={g.labelXPx} y={g.labelYPx}>{g.label}</text>
    </>
  );
}

/** What makes a mark a button for keyboards and screen readers, whoever draws its pixels. */
export interface MarkButtonProps {
  geometry: MarkGeometry;
  className: string;
  /** "<date>: <title>". */
  ariaLabel: string;
  isSelected: boolean;
  /** Holds the roving tab stop. */
  isTabbable: boolean;
  /** What is drawn over the hit area: the SVG mark's shapes, or only its label on the canvas layer. */
  children: ReactNode;
}

/** The focusable group of one mark, with its hit area, on SVG marks and canvas proxies alike. */
export function MarkButton({ geometry: g, className, ariaLabel, isSelected, isTabbable, children }: MarkButtonProps) {
  return (
    <g
      className={className}
      role="button"
      tabIndex={isTabbable ? 0 : -1}
      aria-label={ariaLabel}
      aria-current={isSelected ? 'true' : undefined}
      data-event-id={g.id}
    >
      <MarkHitArea geometry={g} />
      {children}
    </g>
  );
}
