import { memo, useId } from 'react';
import { describeShapePath, getCategoryStyle } from './categoryStyle';
import { BAR_HEIGHT_PX, GLYPH_RADIUS_PX, type MarkGeometry } from './layout';
import { MarkButton, MarkLabel } from './MarkParts';
import { placeAccentStripe } from './accentStripe';

/** One event, already laid out: EventMark draws pixels and knows nothing of dates or scales. */
export interface EventMarkProps {
  geometry: MarkGeometry;
  /** "<date>: <title>", the accessible name. */
  ariaLabel: string;
  isSelected: boolean;
  /** Its source paragraph is in view in the article. */
  isEmphasised: boolean;
  /** Holds the roving tab stop (the selected event, or the first one). */
  isTabbable: boolean;
  /** A CSS colour for a stripe under the glyph (which article it comes from, in the Story view). */
  accent?: string;
}

const ARROW_PX = 9;

/** The fading ends of an approximate span, in the mark's own user space so gradients stay put while panning. */
function FadeGradient({ id, geometry }: { id: string; geometry: MarkGeometry }) {
  const { x0Px, x1Px, fadeStartFraction, fadeEndFraction } = geometry;
  return (
    <linearGradient id={id} className="mark-fade" gradientUnits="userSpaceOnUse" x1={x0Px} x2={x1Px} y1={0} y2={0}>
      <stop offset={0} stopOpacity={fadeStartFraction > 0 ? 0 : 1} />
      <stop offset={fadeStartFraction} stopOpacity={1} />
      <stop offset={1 - fadeEndFraction} stopOpacity={1} />
      <stop offset={1} stopOpacity={fadeEndFraction > 0 ? 0 : 1} />
    </linearGradient>
  );
}

function AccentStripe({ geometry, colour }: { geometry: MarkGeometry; colour: string }) {
  const stripe = placeAccentStripe(geometry);
  return <rect className="mark-accent" x={stripe.xPx} y={stripe.yPx} width={stripe.widthPx} height={stripe.heightPx} rx={stripe.radiusPx} style={{ fill: colour }} />;
}

function EventMarkView({ geometry, ariaLabel, isSelected, isEmphasised, isTabbable, accent }: EventMarkProps) {
  const g = geometry;
  const gradientId = `fade-${useId().replace(/[^\w-]/g, '')}-${g.id}`;
  const style = getCategoryStyle(g.category);
  const fades = g.fadeStartFraction > 0 || g.fadeEndFraction > 0;
  const arrowPx = g.arrowEnd && g.drawX1Px - g.drawX0Px > ARROW_PX ? ARROW_PX : 0;
  const classes = ['event-mark', `mark-${g.kind}`, style.className];
  if (isEmphasised) classes.push('emphasised');
  if (g.approximate) classes.push('approximate');
  if (g.dashed) classes.push('future');
  return (
    <MarkButton geometry={g} className={classes.join(' ')} ariaLabel={ariaLabel} isSelected={isSelected} isTabbable={isTabbable}>
      {g.kind !== 'point' && (
        <>
          {fades && <defs><FadeGradient id={gradientId} geometry={g} /></defs>}
          <rect
            className="mark-span"
            x={g.drawX0Px}
            y={g.yPx - BAR_HEIGHT_PX / 2}
            width={Math.max(0, g.drawX1Px - g.drawX0Px - arrowPx)}
            height={BAR_HEIGHT_PX}
            rx={g.kind === 'bar' ? 3 : 1}
            // Inline, because the stylesheet's category fill would beat a fill attribute.
            style={fades ? { fill: `url(#${gradientId})` } : undefined}
          />
          {arrowPx > 0 && (
            <path
              className="mark-arrow"
              d={`M${g.drawX1Px - arrowPx},${g.yPx - BAR_HEIGHT_PX / 2 - 4}L${g.drawX1Px},${g.yPx}L${g.drawX1Px - arrowPx},${g.yPx + BAR_HEIGHT_PX / 2 + 4}Z`}
            />
          )}
        </>
      )}
      {accent && <AccentStripe geometry={g} colour={accent} />}
      <path
        className="mark-glyph"
        d={describeShapePath(style.shape, GLYPH_RADIUS_PX)}
        transform={`translate(${g.glyphXPx},${g.yPx})`}
      />
      <MarkLabel geometry={g} />
    </MarkButton>
  );
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/** Re-renders only when this mark's own geometry or state changed, not on every zoom frame of its neighbours. */
export const EventMark = memo(EventMarkView, (prev, next) =>
  prev.ariaLabel === next.ariaLabel
  && prev.isSelected === next.isSelected
  && prev.isEmphasised === next.isEmphasised
  && prev.isTabbable === next.isTabbable
  && prev.accent === next.accent
  && shallowEqual(prev.geometry, next.geometry));
