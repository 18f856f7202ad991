import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurationHistory } from '../../../src/curation/curationHistory';
import { useCuration } from '../../../src/curation/useCuration';
import type { CurationStore } from '../../../src/storage/curationStore';
import { buildDataFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

/** A store whose writes wait for the test to settle them, so "saved" can be checked before and after. */
function controlledStore(saved: CurationHistory | null = null) {
  const writes: { history: CurationHistory; resolve: () => void; reject: (error: Error) => void }[] = [];
  const store: CurationStore = {
    load: async () => saved,
    save: (_id, history) => new Promise<void>((resolve, reject) => writes.push({ history, resolve, reject })),
  };
  return { store, writes };
}

const file = buildDataFile({ ...LIGHTHOUSE, article: { ...LIGHTHOUSE.article, id: 'hook-article' } });

describe('useCuration', () => {
  it('says "saved" only once the write has resolved', async () => {
    const { store, writes } = controlledStore();
    const { result } = renderHook(() => useCuration(file, store));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.dispatch({ type: 'set-title', eventId: 'festival', title: 'Summer fair' }));
    expect(result.current.file.events.find((e) => e.id === 'festival')?.title).toBe('Summer fair');
    expect(result.current.status).toEqual({ kind: 'saving' });
    expect(writes[0]!.history.present.events).toEqual([{ id: 'festival', quote: 'A festival is planned for next summer', title: 'Summer fair' }]);
    await act(async () => writes[0]!.resolve());
    expect(result.current.status).toEqual({ kind: 'saved' });
  });

  it('a failed write says so and keeps the edit on screen', async () => {
    const { store, writes } = controlledStore();
    const { result } = renderHook(() => useCuration(file, store));
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.dispatch({ type: 'delete', eventId: 'festival' }));
    await act(async () => writes[0]!.reject(new Error('QuotaExceededError')));
    expect(result.current.status).toEqual({ kind: 'failed', message: 'Not saved: QuotaExceededError. The edit is kept in this tab until you reload.' });
    expect(result.current.file.events.map((e) => e.id)).toEqual(['reopening', 'lamp-removed', 'restoration']);
  });

  it('starts from the saved history, so undo works after a reload', async () => {
    const { store } = controlledStore();
    const first = renderHook(() => useCuration(file, store));
    await waitFor(() => expect(first.result.current.ready).toBe(true));
    let saved: CurationHistory | null = null;
    store.save = async (_id, history) => {
      saved = history;
    };
    act(() => first.result.current.dispatch({ type: 'delete', eventId: 'festival' }));
    first.unmount();

    const { result } = renderHook(() => useCuration(file, controlledStore(saved).store));
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.file.events.some((e) => e.id === 'festival')).toBe(false);
    expect(result.current.undoLabel).toBe('delete “Lighthouse festival”');
    act(() => result.current.undo());
    expect(result.current.file.events.some((e) => e.id === 'festival')).toBe(true);
  });
});
