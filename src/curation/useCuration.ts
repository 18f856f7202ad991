import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DataFile } from '../model/dataFile';
import { createEmptyLayer } from '../model/curationVersion';
import type { CurationStore } from '../storage/curationStore';
import type { CuratedFile } from './applyCurationLayer';
import type { CurationAction } from './curationActions';
import { reduceHistory, redoLabelOf, startHistory, undoLabelOf, type CurationHistory, type HistoryAction } from './curationHistory';

/** Whether the latest edit is safely stored. */
export type SaveStatus =
  | { kind: 'loading' }
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

/** The curated article and the means to change it. */
export interface Curation extends CuratedFile {
  /** Editing waits until the saved edits are loaded, so nothing typed early is overwritten. */
  ready: boolean;
  dispatch: (action: CurationAction) => void;
  undo: () => void;
  redo: () => void;
  undoLabel: string | null;
  redoLabel: string | null;
  status: SaveStatus;
}

// The IndexedDB store (idb, the stored-history schema) loads on first use, after the first page is drawn.
let indexedDbStore: Promise<CurationStore> | null = null;
const openStore = () => (indexedDbStore ??= import('../storage/curationStore').then((m) => m.createIndexedDbCurationStore()));
const defaultStore: CurationStore = {
  load: (articleId) => openStore().then((store) => store.load(articleId)),
  save: (articleId, history) => openStore().then((store) => store.save(articleId, history)),
};
const getDefaultStore = () => defaultStore;

type CurationEditing = typeof import('./curationEditing');
// The editing rules (actions, laying edits over the file and checking it again) load with the saved edits.
let editingModule: Promise<CurationEditing> | null = null;
const loadEditing = () => (editingModule ??= import('./curationEditing'));

/** No edits: the very same file, so nothing downstream sees a change. */
const uncurated = (extracted: DataFile): CuratedFile => ({ file: extracted, extractedById: new Map(), addedIds: new Set(), stale: [] });

/**
 * Hand edits of one article over its extracted data file, with undo/redo. Every change is written to the store
 * (the whole history, so undo survives a reload); "saved" is shown only once the write has resolved, and a failed
 * write says so while the edit stays on screen.
 */
export function useCuration(extracted: DataFile, store: CurationStore = getDefaultStore()): Curation {
  const articleId = extracted.article.id;
  const [state, setState] = useState<{ articleId: string; history: CurationHistory; ready: boolean }>(() => ({
    articleId, history: startHistory(createEmptyLayer(articleId)), ready: false,
  }));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'loading' });
  const [editing, setEditing] = useState<CurationEditing | null>(null);
  const writeCount = useRef(0);
  // Read by the callbacks, so they stay stable across edits (the toolbar and shortcuts keep their handlers).
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  // Another article: start from nothing while its saved edits load (set during render, React's pattern for derived resets).
  if (state.articleId !== articleId) {
    setState({ articleId, history: startHistory(createEmptyLayer(articleId)), ready: false });
    setStatus({ kind: 'loading' });
  }

  useEffect(() => {
    let live = true;
    const saved = store.load(articleId).then((history) => ({ history }), (error: unknown) => ({ error }));
    Promise.all([saved, loadEditing()]).then(
      ([outcome, module]) => {
        if (!live) return;
        setEditing(() => module);
        if ('history' in outcome) {
          setState({ articleId, history: outcome.history ?? startHistory(createEmptyLayer(articleId)), ready: true });
          setStatus({ kind: 'idle' });
        } else {
          setState((s) => ({ ...s, ready: true }));
          setStatus({ kind: 'failed', message: `Saved edits could not be read (${String(outcome.error)}); new edits are kept in this tab only.` });
        }
      },
      (error: unknown) => {
        // The editing chunk did not arrive: the article stays readable, editing stays off.
        if (live) setStatus({ kind: 'failed', message: `Editing could not be loaded (${String(error)}); reload the page to edit.` });
      },
    );
    return () => {
      live = false;
    };
  }, [articleId, store]);

  const curated = useMemo(
    () => (editing ? editing.applyCurationLayer(extracted, state.history.present) : uncurated(extracted)),
    [editing, extracted, state.history.present],
  );
  const editingRef = useRef(editing);
  useLayoutEffect(() => {
    editingRef.current = editing;
  }, [editing]);
  const curatedRef = useRef(curated);
  useLayoutEffect(() => {
    curatedRef.current = curated;
  }, [curated]);

  const change = useCallback((action: HistoryAction) => {
    const current = stateRef.current;
    if (!current.ready) return;
    const history = reduceHistory(current.history, action);
    if (history === current.history) return;
    const next = { ...current, history };
    stateRef.current = next;
    setState(next);
    setStatus({ kind: 'saving' });
    const write = ++writeCount.current;
    store.save(current.articleId, history).then(
      () => {
        if (write === writeCount.current) setStatus({ kind: 'saved' });
      },
      (error: unknown) => {
        if (write === writeCount.current) {
          setStatus({ kind: 'failed', message: `Not saved: ${error instanceof Error ? error.message : String(error)}. The edit is kept in this tab until you reload.` });
        }
      },
    );
  }, [store]);

  const dispatch = useCallback((action: CurationAction) => {
    const rules = editingRef.current;
    if (!rules) return;
    const titleOf = (id: string) => curatedRef.current.file.events.find((e) => e.id === id)?.title ?? id;
    const layer = rules.applyCurationAction(stateRef.current.history.present, action, extracted);
    change({ type: 'commit', layer, label: rules.describeCurationAction(action, titleOf) });
  }, [change, extracted]);
  const undo = useCallback(() => change({ type: 'undo' }), [change]);
  const redo = useCallback(() => change({ type: 'redo' }), [change]);

  return {
    ...curated,
    ready: state.ready,
    dispatch,
    undo,
    redo,
    undoLabel: undoLabelOf(state.history),
    redoLabel: redoLabelOf(state.history),
    status,
  };
}
