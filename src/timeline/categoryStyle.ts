import { CategorySchema, type Category } from '../model/dataFile';

/** A glyph outline that tells categories apart without colour. */
export type ShapeName = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'cross';

/** How one category looks: its colour comes from the CSS class (light and dark variants), its shape from here. */
export interface CategoryStyle {
  label: string;
  shape: ShapeName;
  /** Sets `--category-colour` in timeline.css. */
  className: string;
}

/** Every category in legend order. */
export const CATEGORIES: readonly Category[] = CategorySchema.options;

const STYLES: Record<Category, CategoryStyle> = {
  battle: { label: 'Battle', shape: 'cross', className: 'category-battle' },
  military: { label: 'Military', shape: 'triangle', className: 'category-military' },
  visit: { label: 'Visit', shape: 'circle', className: 'category-visit' },
  political: { label: 'Political', shape: 'diamond', className: 'category-political' },
  holiday: { label: 'Holiday', shape: 'star', className: 'category-holiday' },
  other: { label: 'Other', shape: 'square', className: 'category-other' },
};

/** The label, shape and colour class of a category. */
export function getCategoryStyle(category: Category): CategoryStyle {
  return STYLES[category];
}

type Point = readonly [number, number];

const round = (value: number) => Math.round(value * 100) / 100;
const polygon = (points: readonly Point[]) =>
  `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
const onCircle = (count: number, radius: (i: number) => number, offsetRad = -Math.PI / 2): Point[] =>
  Array.from({ length: count }, (_, i) => {
    const angle = offsetRad + (i * 2 * Math.PI) / count;
    return [Math.cos(angle) * radius(i), Math.sin(angle) * radius(i)] as const;
  });

/**
 * An SVG path for a glyph centred on (0,0) that fits a circle of `radiusPx`.
 * Shapes are sized so they look equally heavy: a square of the same radius would look bigger than a star.
 */
export function describeShapePath(shape: ShapeName, radiusPx: number): string {
  const r = radiusPx;
  switch (shape) {
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'square': {
      const s = r * 0.82;
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'diamond':
      return polygon(onCircle(4, () => r * 1.12));
    case 'triangle':
      return polygon(onCircle(3, () => r * 1.15, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.15] as const));
    case 'star':
      return polygon(onCircle(10, (i) => (i % 2 === 0 ? r * 1.2 : r * 0.5)));
    case 'cross': {
      // A thick saltire (×), the map symbol for a battle.
      const a = r * 0.34;
      const plus: Point[] = [[-a, -r], [a, -r], [a, -a], [r, -a], [r, a], [a, a], [a, r], [-a, r], [-a, a], [-r, a], [-r, -a], [-a, -a]];
      const c = Math.SQRT1_2;
      return polygon(plus.map(([x, y]) => [(x - y) * c, (x + y) * c] as const));
    }
  }
}
