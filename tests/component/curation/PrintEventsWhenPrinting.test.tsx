import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintEventsWhenPrinting } from '../../../src/curation/PrintEventsWhenPrinting';
import { buildDataFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

describe('the events table for print', () => {
  it('is not in the page on screen', () => {
    render(<PrintEventsWhenPrinting file={buildDataFile(LIGHTHOUSE)} />);
    expect(screen.queryByRole('region', { name: 'Events for print' })).toBeNull();
  });

  it('is in the page as soon as printing starts (before the browser takes its snapshot), with a row per event', () => {
    render(<PrintEventsWhenPrinting file={buildDataFile(LIGHTHOUSE)} />);
    window.dispatchEvent(new Event('beforeprint'));
    const table = screen.getByRole('region', { name: 'Events for print' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  it('leaves the page again once printing is over', () => {
    render(<PrintEventsWhenPrinting file={buildDataFile(LIGHTHOUSE)} />);
    window.dispatchEvent(new Event('beforeprint'));
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('region', { name: 'Events for print' })).toBeNull();
  });
});
