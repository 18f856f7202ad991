import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from './renderApp';

const card = () => screen.getByRole('region', { name: 'Selected event' });
const currentParagraph = () => document.querySelector('#article [aria-current="true"]');
const mark = (eventId: string) => document.querySelector(`.timeline [data-event-id="${eventId}"]`) as HTMLElement;

async function renderLoaded() {
  stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
  const view = renderApp();
  await screen.findByRole('article', { name: 'Article' });
  return view;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App selection', () => {
  it('clicking a mention selects its event: card, current paragraph and highlighted quote', async () => {
    await renderLoaded();
    await userEvent.click(screen.getByRole('button', { name: 'three-year' }));
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe('Restoration of the lighthouse');
    expect(within(card()).getByTestId('event-date').textContent).toBe('March 2018 – 10 June 2021, 3½ years');
    expect(within(card()).getByTestId('event-distance').textContent).toBe('3¼ years before');
    expect(within(card()).getByText('Work began in March 2018').tagName).toBe('BLOCKQUOTE');
    expect(within(card()).getByRole('heading', { level: 3 }).textContent).toBe('Why this date');
    expect(within(card()).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '"March 2018" names its year',
      'ends with the reopening on 2021-06-10',
    ]);
    expect(currentParagraph()!.id).toBe('para-p6');
    expect(screen.getByTestId('source-highlight').textContent).toBe('Work began in March 2018');
    expect(window.location.hash).toBe('#event=restoration');
    expect(mark('restoration').getAttribute('aria-current')).toBe('true');
  });

  it('clicking a timeline mark makes its source paragraph current', async () => {
    await renderLoaded();
    // fireEvent: jsdom's mousedown has no view, which d3-zoom's drag guard needs; the click is what selects.
    fireEvent.click(mark('festival'));
    expect(currentParagraph()!.id).toBe('para-p7');
    expect(screen.getByTestId('source-highlight').textContent).toBe('A festival is planned for next summer');
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe('Lighthouse festival');
  });

  it('selects the event named in the URL hash on load', async () => {
    window.history.replaceState(null, '', '/#event=festival');
    await renderLoaded();
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe('Lighthouse festival');
    expect(currentParagraph()!.id).toBe('para-p7');
    expect(mark('festival').getAttribute('aria-current')).toBe('true');
  });

  it('back and forward step through earlier selections', async () => {
    await renderLoaded();
    await userEvent.click(screen.getByRole('button', { name: 'today' }));
    await userEvent.click(screen.getByRole('button', { name: 'next summer' }));
    expect(window.location.hash).toBe('#event=festival');

    act(() => window.history.back());
    await waitFor(() => expect(window.location.hash).toBe('#event=reopening'));
    await waitFor(() => expect(currentParagraph()!.id).toBe('para-p5'));
    expect(within(card()).getByRole('heading', { level: 2 }).textContent).toBe('The lighthouse reopens');

    act(() => window.history.back());
    await waitFor(() => expect(currentParagraph()).toBeNull());
    expect(screen.queryByTestId('source-highlight')).toBeNull();

    act(() => window.history.forward());
    await waitFor(() => expect(currentParagraph()?.id).toBe('para-p5'));
  });

  it('a popstate to a hand-written hash selects that event', async () => {
    await renderLoaded();
    window.history.replaceState(null, '', '/#event=lamp-removed');
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(currentParagraph()!.id).toBe('para-p6');
    expect(screen.getByTestId('source-highlight').textContent).toBe('the lamp was taken down for repair');
  });

  it('pushes one history entry per new selection and none for reselecting the same event', async () => {
    await renderLoaded();
    await userEvent.click(screen.getByRole('button', { name: 'today' }));
    await userEvent.click(screen.getByRole('button', { name: 'today' }));
    await userEvent.click(screen.getByRole('button', { name: 'next summer' }));
    act(() => window.history.back());
    await waitFor(() => expect(window.location.hash).toBe('#event=reopening'));
    act(() => window.history.back());
    await waitFor(() => expect(window.location.hash).toBe(''));
    await waitFor(() => expect(currentParagraph()).toBeNull());
  });

  it('Escape on the timeline clears the selection and the hash', async () => {
    window.history.replaceState(null, '', '/?x=1#event=festival');
    await renderLoaded();
    mark('festival').focus();
    await userEvent.keyboard('{Escape}');
    expect(currentParagraph()).toBeNull();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');
    expect(within(card()).getByText(/^Choose an event/)).toBeInTheDocument();
  });

  it('announces each selection in a polite live region', async () => {
    await renderLoaded();
    const live = screen.getByTestId('selection-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'next summer' }));
    expect(live.textContent).toBe('Selected: Lighthouse festival, summer 2022.');
  });

  it('the skip link focuses the article without touching the selection in the URL', async () => {
    window.history.replaceState(null, '', '/#event=festival');
    await renderLoaded();
    await userEvent.click(screen.getByRole('link', { name: 'Skip to article' }));
    expect(document.activeElement).toBe(screen.getByRole('article', { name: 'Article' }));
    expect(window.location.hash).toBe('#event=festival');
  });

  it('names the page after the article', async () => {
    await renderLoaded();
    expect(document.title).toBe('Harbour town reopens its old lighthouse · Dateline');
  });
});

describe('App selection from a URL it cannot honour', () => {
  it('an unknown event id selects nothing and says so politely', async () => {
    window.history.replaceState(null, '', '/#event=moon-landing');
    await renderLoaded();
    expect(screen.getByRole('status').textContent).toBe('This article has no event "moon-landing", so nothing is selected.');
    expect(currentParagraph()).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the notice goes once a real event is chosen', async () => {
    window.history.replaceState(null, '', '/#event=moon-landing');
    await renderLoaded();
    await userEvent.click(screen.getByRole('button', { name: 'today' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(window.location.hash).toBe('#event=reopening');
  });

  it('a hash that is not an event selection selects nothing, without a notice', async () => {
    window.history.replaceState(null, '', '/#article');
    await renderLoaded();
    expect(currentParagraph()).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
