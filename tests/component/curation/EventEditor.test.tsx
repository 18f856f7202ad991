import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CurationAction } from '../../../src/curation/curationActions';
import { EventEditor } from '../../../src/curation/EventEditor';
import { sortForMerging } from '../../../src/curation/mergeCandidates';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

const file = buildLighthouseFile();
const festival = file.events.find((e) => e.id === 'festival')!;

function renderEditor(overrides: Partial<Parameters<typeof EventEditor>[0]> = {}) {
  const dispatch = vi.fn<(action: CurationAction) => void>();
  render(
    <EventEditor event={festival} extracted={undefined} isAdded={false} sortedEvents={sortForMerging(file.events)} published="2021-06-10"
      selection={null} disabled={false} dispatch={dispatch} {...overrides} />,
  );
  return dispatch;
}

describe('EventEditor', () => {
  it('shows what a typed date means before saving, then saves title and date as one change', async () => {
    const dispatch = renderEditor();
    expect(screen.getByTestId('date-reading').textContent).toBe('Now: summer 2022. Type a new date to change it.');
    await userEvent.clear(screen.getByLabelText('Title'));
    await userEvent.type(screen.getByLabelText('Title'), 'Harbour festival');
    await userEvent.type(screen.getByLabelText('Date'), 'late July 2022');
    expect(screen.getByTestId('date-reading').textContent).toBe('Understood: about July 2022 · precision: month, approximate · EDTF 2022-07~');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(dispatch.mock.calls).toEqual([[{
      type: 'edit-fields', eventId: 'festival', title: 'Harbour festival',
      date: { start: '2022-07', granularity: 'month', approximate: true, approximateEnd: false, ongoing: false, edtf: '2022-07~' },
    }]]);
  });

  it('an unreadable date says so, saves nothing of it and keeps the old date', async () => {
    const dispatch = renderEditor();
    await userEvent.type(screen.getByLabelText('Date'), 'whenever');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(dispatch.mock.calls).toEqual([[{ type: 'edit-fields', eventId: 'festival' }]]);
    expect(screen.getByRole('alert').textContent).toBe('“whenever” could not be read as a date. The date was not changed.');
  });

  it('shows the extracted values of hand-edited fields and offers to reset them', async () => {
    const dispatch = renderEditor({ event: { ...festival, title: 'Harbour festival' }, extracted: festival });
    expect(screen.getByTestId('edited-by-hand').textContent).toBe('Edited by handTitle — extracted: “Lighthouse festival”');
    await userEvent.click(screen.getByRole('button', { name: 'Reset to extracted' }));
    expect(dispatch.mock.calls).toEqual([[{ type: 'reset-event', eventId: 'festival' }]]);
  });

  it('takes selected words as the new source only when there are some', async () => {
    const selection = { paragraph: 'p7', start: 0, end: 10, text: 'A festival' };
    const dispatch = renderEditor({ selection });
    await userEvent.click(screen.getByRole('button', { name: 'Use selected words as source' }));
    expect(dispatch.mock.calls).toEqual([[{ type: 'set-sources', eventId: 'festival', sources: [selection] }]]);
  });
});
