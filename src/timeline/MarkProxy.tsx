import { memo } from 'react';
import { getCategoryStyle } from './categoryStyle';
import type { MarkGeometry } from './layout';
import { MarkButton, MarkLabel } from './MarkParts';

/** A mark painted on the canvas, as the DOM keeps it: a focusable button with its name, its ring, and its label. */
export interface MarkProxyProps {
  geometry: MarkGeometry;
  /** "<date>: <title>", the accessible name. */
  ariaLabel: string;
  isSelected: boolean;
  /** Its source paragraph is in view in the article. */
  isEmphasised: boolean;
  isTabbable: boolean;
  /** The pointer is over it (found through the spatial index: the canvas layer takes no pointer events itself). */
  isHovered: boolean;
}

function MarkProxyView({ geometry: g, ariaLabel, isSelected, isEmphasised, isTabbable, isHovered }: MarkProxyProps) {
  const classes = ['event-mark', 'mark-proxy', `mark-${g.kind}`, getCategoryStyle(g.category).className];
  if (isEmphasised) classes.push('emphasised');
  if (isHovered) classes.push('hovered');
  return (
    <MarkButton geometry={g} className={classes.join(' ')} ariaLabel={ariaLabel} isSelected={isSelected} isTabbable={isTabbable}>
      <MarkLabel geometry={g} />
    </MarkButton>
  );
}

/** Re-renders when its own place, label or state changed. */
export const MarkProxy = memo(MarkProxyView, (prev, next) =>
  prev.ariaLabel === next.ariaLabel
  && prev.isTabbable === next.isTabbable
  && prev.isSelected === next.isSelected
  && prev.isEmphasised === next.isEmphasised
  && prev.isHovered === next.isHovered
  && prev.geometry.hitLeftPx === next.geometry.hitLeftPx
  && prev.geometry.hitRightPx === next.geometry.hitRightPx
  && prev.geometry.laneTopPx === next.geometry.laneTopPx
  && prev.geometry.labelShown === next.geometry.labelShown
  && prev.geometry.label === next.geometry.label
  && prev.geometry.labelXPx === next.geometry.labelXPx);
