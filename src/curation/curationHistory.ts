import type { CurationLayer } from '../model/curation';

/** At least the last 100 steps must survive a reload; more cost little (a layer is a few KB). */
export const MAX_HISTORY_STEPS = 200;

/** A layer and the change that leads away from it (for past) or back to it (for future). */
export interface HistoryStep {
  layer: CurationLayer;
  /** The change in words: "rename to “Battle of Bakhmut”". */
  label: string;
}

/** Undo/redo history of one article's curation layer. */
export interface CurationHistory {
  past: HistoryStep[];
  present: CurationLayer;
  future: HistoryStep[];
}

/** What can happen to the history. */
export type HistoryAction =
  | { type: 'commit'; layer: CurationLayer; label: string }
  | { type: 'undo' }
  | { type: 'redo' };

/** A history that starts at `layer`. */
export function startHistory(layer: CurationLayer): CurationHistory {
  return { past: [], present: layer, future: [] };
}

/** The history after one action; a commit clears redo, and the oldest steps fall off past the limit. */
export function reduceHistory(history: CurationHistory, action: HistoryAction): CurationHistory {
  switch (action.type) {
    case 'commit': {
      if (JSON.stringify(action.layer) === JSON.stringify(history.present)) return history;
      const past = [...history.past, { layer: history.present, label: action.label }];
      return { past: past.slice(-MAX_HISTORY_STEPS), present: action.layer, future: [] };
    }
    case 'undo': {
      const previous = history.past[history.past.length - 1];
      if (!previous) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous.layer,
        future: [{ layer: history.present, label: previous.label }, ...history.future],
      };
    }
    case 'redo': {
      const next = history.future[0];
      if (!next) return history;
      return {
        past: [...history.past, { layer: history.present, label: next.label }],
        present: next.layer,
        future: history.future.slice(1),
      };
    }
  }
}

/** The label of the change undo would take back, or null. */
export const undoLabelOf = (history: CurationHistory): string | null => history.past[history.past.length - 1]?.label ?? null;
/** The label of the change redo would make again, or null. */
export const redoLabelOf = (history: CurationHistory): string | null => history.future[0]?.label ?? null;
