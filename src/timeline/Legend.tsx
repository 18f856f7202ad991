import { memo } from 'react';
import { CATEGORIES, describeShapePath, getCategoryStyle } from './categoryStyle';

const GLYPH_RADIUS_PX = 6;

function LegendView() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {CATEGORIES.map((category) => {
        const style = getCategoryStyle(category);
        return (
          <li key={category} className={`legend-item ${style.className}`} data-category={category}>
            <svg className="legend-glyph" width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
              <path d={describeShapePath(style.shape, GLYPH_RADIUS_PX)} />
            </svg>
            {style.label}
          </li>
        );
      })}
    </ul>
  );
}

/** Every category with its colour and shape; static, so it never re-renders on zoom. */
export const Legend = memo(LegendView);
