import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_TIMEOUT_MS } from '../../../src/app/useLoadTimeout';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from './renderApp';

const validBody = () => JSON.stringify(buildDataFileInput(LIGHTHOUSE));
const currentParagraph = () => document.querySelector('#article [aria-current="true"]');

async function renderLoaded() {
  stubFetch({ body: validBody() });
  const view = renderApp();
  await screen.findByRole('article', { name: 'Article' });
  return view;
}

/** A fetch that never answers until the test says so; every call gets its own answer. */
function stubHangingFetch() {
  const answers: ((response: Response) => void)[] = [];
  const mock = vi.fn(() => new Promise<Response>((resolve) => answers.push(resolve)));
  vi.stubGlobal('fetch', mock);
  return { mock, answer: (i: number) => answers[i]!(new Response(validBody(), { status: 200 })) };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a URL the app cannot honour never floods the page', () => {
  it('quotes only the first 60 characters of a 100,000-character unknown event id', async () => {
    window.history.replaceState(null, '', `/#event=${'x'.repeat(100_000)}`);
    await renderLoaded();
    expect(screen.getByRole('status').textContent).toBe(`This article has no event "${'x'.repeat(60)}…", so nothing is selected.`);
  });

  it('shows an encoded markup payload as text, never as an element', async () => {
    window.history.replaceState(null, '', '/#event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await renderLoaded();
    expect(screen.getByRole('status').textContent).toBe('This article has no event "<img src=x onerror=alert(1)>", so nothing is selected.');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('a data request that never answers', () => {
  it(`says so after ${LOAD_TIMEOUT_MS / 1000} s and offers Retry and Keep waiting`, async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    stubHangingFetch();
    renderApp();
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1000));
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline is taking too long');
    expect(screen.getByTestId('slow-load-message').textContent).toBe(
      'No answer for seed.events.json after 15 seconds. The server may be slow or unreachable.',
    );
    expect(screen.getByRole('status').textContent).toBe('Loading the timeline…');
  });

  it('Keep waiting hides the notice, keeps the request and shows the article when it arrives', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { mock, answer } = stubHangingFetch();
    renderApp();
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS));
    await userEvent.click(screen.getByRole('button', { name: 'Keep waiting' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => answer(0));
    await screen.findByRole('article', { name: 'Article' });
    expect(mock).toHaveBeenCalledTimes(1);
  });

  it('Retry asks again and puts focus on the loading status, then on the article once it arrives', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { mock, answer } = stubHangingFetch();
    renderApp();
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(mock).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('status'));
    await act(async () => answer(1));
    const article = await screen.findByRole('article', { name: 'Article' });
    expect(document.activeElement).toBe(article);
  });
});

describe('focus after Retry on a failed load', () => {
  it('lands on the article when the file loads, not on <body>', async () => {
    stubFetch({ body: 'nope', status: 503 }, { body: validBody() });
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    const article = await screen.findByRole('article', { name: 'Article' });
    await waitFor(() => expect(document.activeElement).toBe(article));
  });

  it('stays on Retry when the file fails again', async () => {
    const fetchMock = stubFetch({ body: 'nope', status: 503 });
    renderApp();
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' }).getAttribute('aria-busy')).toBe('false'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retry' }));
  });
});

describe('keyboard on the article', () => {
  it('Enter on a mention selects its event and keeps focus on that mention', async () => {
    await renderLoaded();
    screen.getByRole('button', { name: 'today' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#event=reopening');
    expect(currentParagraph()!.id).toBe('para-p5');
    // The mention is now inside the highlighted source words: a new button, which must have the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'today' }));
    expect(document.activeElement!.closest('mark')).not.toBeNull();
  });

  it('Escape clears the selection from a mention, from the card and from the page', async () => {
    await renderLoaded();
    for (const focus of [
      () => screen.getByRole('button', { name: 'March 2018' }).focus(),
      () => screen.getByRole('region', { name: 'Selected event' }).focus(),
      () => (document.activeElement as HTMLElement | null)?.blur(),
    ]) {
      await userEvent.click(screen.getByRole('button', { name: 'today' }));
      expect(window.location.hash).toBe('#event=reopening');
      focus();
      await userEvent.keyboard('{Escape}');
      expect(window.location.hash).toBe('');
      expect(currentParagraph()).toBeNull();
      expect(screen.getByTestId('selection-announcement').textContent).toBe('Selection cleared.');
    }
  });
});
