import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_STEPS, reduceHistory, redoLabelOf, startHistory, undoLabelOf } from '../../../src/curation/curationHistory';
import { createEmptyLayer, type CurationLayer } from '../../../src/model/curation';

const titled = (title: string): CurationLayer => ({ ...createEmptyLayer('a'), events: [{ id: 'e1', title }] });

describe('undo/redo history', () => {
  it('undo goes back one change and redo makes it again, with the change in words', () => {
    let history = startHistory(createEmptyLayer('a'));
    history = reduceHistory(history, { type: 'commit', layer: titled('One'), label: 'rename to “One”' });
    history = reduceHistory(history, { type: 'commit', layer: titled('Two'), label: 'rename to “Two”' });
    expect(undoLabelOf(history)).toBe('rename to “Two”');
    history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toEqual(titled('One'));
    expect(redoLabelOf(history)).toBe('rename to “Two”');
    history = reduceHistory(history, { type: 'redo' });
    expect(history.present).toEqual(titled('Two'));
    expect(redoLabelOf(history)).toBeNull();
  });

  it('a new change after undo clears what could be redone', () => {
    let history = reduceHistory(startHistory(createEmptyLayer('a')), { type: 'commit', layer: titled('One'), label: 'one' });
    history = reduceHistory(history, { type: 'undo' });
    history = reduceHistory(history, { type: 'commit', layer: titled('Three'), label: 'three' });
    expect(history.future).toEqual([]);
    expect(history.past.map((s) => s.label)).toEqual(['three']);
  });

  it('undo and redo with nothing to do change nothing; a change to the same layer is not a step', () => {
    const history = startHistory(createEmptyLayer('a'));
    expect(reduceHistory(history, { type: 'undo' })).toBe(history);
    expect(reduceHistory(history, { type: 'redo' })).toBe(history);
    expect(reduceHistory(history, { type: 'commit', layer: createEmptyLayer('a'), label: 'nothing' })).toBe(history);
  });

  it(`keeps the last ${MAX_HISTORY_STEPS} steps (at least 100) and lets the oldest go`, () => {
    let history = startHistory(createEmptyLayer('a'));
    for (let n = 1; n <= MAX_HISTORY_STEPS + 25; n++) history = reduceHistory(history, { type: 'commit', layer: titled(`T${n}`), label: `t${n}` });
    expect(MAX_HISTORY_STEPS).toBeGreaterThanOrEqual(100);
    expect(history.past).toHaveLength(MAX_HISTORY_STEPS);
    expect(history.past[0]!.label).toBe('t26');
    for (let n = 0; n < MAX_HISTORY_STEPS; n++) history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toEqual(titled('T25'));
  });
});
