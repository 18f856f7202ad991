import { memo, useContext } from 'react';
import { CategoryFilterContext } from '../curation/categoryFilter';
import { CATEGORIES, describeShapePath, getCategoryStyle } from './categoryStyle';

const GLYPH_RADIUS_PX = 6;

function LegendView() {
  // With a filter, each entry is a toggle: pressed = its events are shown.
  const filter = useContext(CategoryFilterContext);
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {CATEGORIES.map((category) => {
        const style = getCategoryStyle(category);
        const glyph = (
          <svg className="legend-glyph" width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            <path d={describeShapePath(style.shape, GLYPH_RADIUS_PX)} />
          </svg>
        );
        return (
          <li key={category} className={`legend-item ${style.className}`} data-category={category}>
            {filter ? (
              <button
                type="button"
                className="legend-toggle"
                aria-pressed={!filter.hidden.has(category)}
                title={filter.hidden.has(category) ? `Show ${style.label.toLowerCase()} events` : `Hide ${style.label.toLowerCase()} events`}
                onClick={() => filter.toggle(category)}
              >
                {glyph}
                {style.label}
              </button>
            ) : (
              <>
                {glyph}
                {style.label}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Every category with its colour and shape; re-renders only when the category filter changes, never on zoom. */
export const Legend = memo(LegendView);
