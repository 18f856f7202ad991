import { memo } from 'react';
import { AXIS_HEIGHT_PX, FOOTER_HEIGHT_PX } from './layout';

/** Where the article was published, in px, and how to say it. */
export interface PublicationMarkerProps {
  xPx: number;
  heightPx: number;
  /** "18 April 2023" */
  dateLabel: string;
}

function PublicationMarkerView({ xPx, heightPx, dateLabel }: PublicationMarkerProps) {
  return (
    <g
      className="publication-marker"
      data-testid="publication-marker"
      role="img"
      aria-label={`Published ${dateLabel}`}
      transform={`translate(${xPx},0)`}
    >
      <line className="publication-line" y1={AXIS_HEIGHT_PX} y2={heightPx - FOOTER_HEIGHT_PX + 4} />
      <text className="publication-label" y={heightPx - 7} textAnchor="middle">Published</text>
    </g>
  );
}

/** A vertical line at the publication day: "now" for the article, what "ongoing" and "future" are measured from. */
export const PublicationMarker = memo(PublicationMarkerView);
