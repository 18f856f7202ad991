import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintEvents } from '../../../src/curation/PrintEvents';
import type { DataFile } from '../../../src/model/dataFile';
import { buildFixtureEvents, FIXTURE_PUBLISHED } from '../../helpers/buildTimelineEvent';
import { fakeMediaQueryList } from '../../helpers/fakeMediaQueryList';

const file = {
  version: 1,
  article: { id: 'a', title: 'Article', published: FIXTURE_PUBLISHED },
  paragraphs: [{ id: 'p1', kind: 'body', text: 'Test' }],
  mentions: [],
  events: buildFixtureEvents(),
} as DataFile;

describe('the events table for print', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is not built while the page is on screen', () => {
    vi.stubGlobal('matchMedia', (query: string) => fakeMediaQueryList(query, false));
    render(<PrintEvents file={file} />);
    expect(screen.queryByRole('region', { name: 'Events for print' })).toBeNull();
  });

  it('is built with one row per event when printing starts, and dropped when it ends', () => {
    vi.stubGlobal('matchMedia', (query: string) => fakeMediaQueryList(query, false));
    render(<PrintEvents file={file} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('region', { name: 'Events for print' }).querySelectorAll('tbody tr')).toHaveLength(file.events.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('region', { name: 'Events for print' })).toBeNull();
  });

  it('is there while print media apply (a print preview)', () => {
    vi.stubGlobal('matchMedia', (query: string) => fakeMediaQueryList(query, query === 'print'));
    render(<PrintEvents file={file} />);
    expect(screen.getByRole('region', { name: 'Events for print' })).toBeTruthy();
  });
});
