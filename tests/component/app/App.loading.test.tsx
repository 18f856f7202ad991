import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch, type CannedResponse } from '../../fixtures/mockFetch';
import { App } from '../../../src/app/App';
import { AppProviders, createQueryClient } from '../../../src/app/AppProviders';
import { dataFileQueryOptions } from '../../../src/data/dataFileQuery';
import { renderApp } from './renderApp';

const validBody = () => JSON.stringify(buildDataFileInput(LIGHTHOUSE));

function badQuoteBody() {
  const input = buildDataFileInput(LIGHTHOUSE);
  input.events[3]!.sources[0]!.text = 'A festival is planned for next winter';
  return JSON.stringify(input);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App loading', () => {
  it('shows a loading status until the data file arrives', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    renderApp();
    expect(screen.getByRole('status').textContent).toBe('Loading the timeline…');
    expect(screen.queryByRole('article')).toBeNull();
    answer(new Response(validBody(), { status: 200 }));
    await screen.findByRole('article', { name: 'Article' });
    expect(screen.queryByText('Loading the timeline…')).toBeNull();
  });

  it('fetches seed.events.json from the app base when the page names no file', async () => {
    const fetchMock = stubFetch({ body: validBody() });
    renderApp();
    await screen.findByRole('article', { name: 'Article' });
    expect(fetchMock.mock.calls[0]![0]).toBe(new URL('/seed.events.json', window.location.href).href);
  });

  it('fetches the file named by ?data=', async () => {
    window.history.replaceState(null, '', '/?data=fixtures/other.events.json');
    const fetchMock = stubFetch({ body: validBody() });
    renderApp();
    await screen.findByRole('article', { name: 'Article' });
    expect(fetchMock.mock.calls[0]![0]).toBe(new URL('/fixtures/other.events.json', window.location.href).href);
  });
});

describe('App shows each loading failure as an alert with Retry', () => {
  const failures: [string, CannedResponse, string][] = [
    ['an HTTP error', { body: 'nope', status: 404 }, 'HTTP 404 fetching seed.events.json'],
    ['a network failure', { networkError: 'Failed to fetch' }, 'Could not fetch seed.events.json: Failed to fetch'],
    ['an unknown version', { body: JSON.stringify({ version: 7 }) }, 'Unknown data file version 7: this build reads version 1'],
    [
      'a schema mismatch',
      { body: badQuoteBody() },
      'The data file does not match the schema: events[3].sources[0].text: quote "A festival is planned for next winter" does not match the paragraph text "A festival is planned for next summer"',
    ],
  ];

  for (const [what, response, message] of failures) {
    it(`shows ${what} as "${message.slice(0, 40)}…" and Retry loads the file`, async () => {
      const fetchMock = stubFetch(response, { body: validBody() });
      renderApp();
      const alert = await screen.findByRole('alert');
      expect(screen.getByTestId('load-error-message').textContent).toBe(message);
      expect(alert).toContainElement(screen.getByTestId('load-error-message'));
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The timeline could not be loaded');
      expect(fetchMock).toHaveBeenCalledTimes(1);

      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
      await screen.findByRole('article', { name: 'Article' });
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  }

  it('shows invalid JSON with the parser’s reason', async () => {
    stubFetch({ body: '{"version": 1,,}' });
    renderApp();
    await screen.findByRole('alert');
    expect(screen.getByTestId('load-error-message').textContent).toMatch(/^seed\.events\.json is not valid JSON: \S/);
  });

  it('shows a cross-origin ?data= as an alert and fetches nothing', async () => {
    window.history.replaceState(null, '', '/?data=https://evil.example/x.json');
    const fetchMock = stubFetch({ body: validBody() });
    renderApp();
    await screen.findByRole('alert');
    expect(screen.getByTestId('load-error-message').textContent).toBe(
      'The data parameter must be a relative path on this site, not "https://evil.example/x.json"',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the alert when Retry fails again', async () => {
    const fetchMock = stubFetch({ body: 'nope', status: 503 });
    renderApp();
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' }).getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByTestId('load-error-message').textContent).toBe('HTTP 503 fetching seed.events.json');
  });
});

/** Starts the data file's load before React mounts, as main.tsx does, then renders the app on that client. */
async function renderAfterEarlyLoad() {
  const client = createQueryClient();
  await client.prefetchQuery(dataFileQueryOptions({ search: '', href: window.location.href }));
  render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}

describe('App with the data file loaded before it mounted (main.tsx starts the load early)', () => {
  it('shows a failure found before mounting as the alert, without asking the server again', async () => {
    const fetchMock = stubFetch({ body: 'nope', status: 503 });
    await renderAfterEarlyLoad();
    expect((await screen.findByTestId('load-error-message')).textContent).toBe('HTTP 503 fetching seed.events.json');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('draws the article from a file loaded before mounting, with one request', async () => {
    const fetchMock = stubFetch({ body: validBody() });
    await renderAfterEarlyLoad();
    expect(screen.getByRole('article', { name: 'Article' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
