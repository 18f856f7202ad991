import { createContext } from 'react';
import type { Category } from '../model/dataFile';

/** Which categories the reader has hidden from the timeline, and how to toggle one. */
export interface CategoryFilter {
  hidden: ReadonlySet<Category>;
  toggle: (category: Category) => void;
}

/** Provided by the explorer; without it the legend is a plain key. */
export const CategoryFilterContext = createContext<CategoryFilter | null>(null);
