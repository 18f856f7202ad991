import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurationAction } from '../../../src/curation/curationActions';
import { sortForMerging } from '../../../src/curation/mergeCandidates';
import { MergeForm } from '../../../src/curation/MergeForm';
import type { TimelineEvent } from '../../../src/model/dataFile';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

/** `count` events a day apart from 1 January 2020, built from the lighthouse file's first event. */
function dailyEvents(count: number): TimelineEvent[] {
  const [template] = buildLighthouseFile().events;
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return { ...template!, id: `e${i}`, title: `Vote on item ${i}`, start, end: undefined, granularity: 'day', approximate: false, edtf: start };
  });
}

function renderMerge(events: TimelineEvent[], selected: TimelineEvent) {
  const dispatch = vi.fn<(action: CurationAction) => void>();
  render(<MergeForm event={selected} sortedEvents={sortForMerging(events)} published="2024-01-15" disabled={false} dispatch={dispatch} />);
  return dispatch;
}
const offered = () => within(screen.getByLabelText('Merge into this event')).getAllByRole('option').slice(1).map((o) => o.textContent);

describe('MergeForm', () => {
  it('lists every other event of a short story, with no search, and merges the chosen one into the selected', async () => {
    const events = dailyEvents(4);
    const dispatch = renderMerge(events, events[1]!);
    expect(screen.queryByLabelText('Find an event to merge')).toBeNull();
    expect(offered()).toEqual(['1 January 2020: Vote on item 0', '3 January 2020: Vote on item 2', '4 January 2020: Vote on item 3']);
    await userEvent.selectOptions(screen.getByLabelText('Merge into this event'), 'e3');
    await userEvent.click(screen.getByRole('button', { name: 'Merge (keep this title)' }));
    expect(dispatch.mock.calls).toEqual([[{ type: 'merge', keepId: 'e1', mergeId: 'e3' }]]);
  });

  it('in a story of 10,000 events lists the 40 nearest in time and finds any other by a word of its title', async () => {
    const events = dailyEvents(10_000);
    const dispatch = renderMerge(events, events[5_000]!);
    expect(offered()).toHaveLength(40);
    expect(offered()[0]).toMatch(/: Vote on item 4980$/);
    expect(screen.getByText(/The 40 events nearest in time are listed/)).toBeTruthy();

    await userEvent.type(screen.getByLabelText('Find an event to merge'), 'item 9999');
    expect(offered()).toEqual(['18 May 2047: Vote on item 9999']);
    expect(screen.getByText('1 of 9,999 events match.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Merge into this event'), 'e9999');
    await userEvent.click(screen.getByRole('button', { name: 'Merge (keep this title)' }));
    expect(dispatch.mock.calls).toEqual([[{ type: 'merge', keepId: 'e5000', mergeId: 'e9999' }]]);
  });

  it('says when nothing matches, and offers nothing to merge', async () => {
    const events = dailyEvents(100);
    renderMerge(events, events[0]!);
    await userEvent.type(screen.getByLabelText('Find an event to merge'), 'no such words');
    expect(offered()).toEqual([]);
    expect(screen.getByRole('option', { name: 'No event matches' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Merge (keep this title)' })).toHaveProperty('disabled', true);
  });
});
