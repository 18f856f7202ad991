import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Timeline } from '../../../src/timeline/Timeline';
import type { TimelineEvent } from '../../../src/model/dataFile';
import { buildFixtureEvents, buildTimelineEvent, FIXTURE_PUBLISHED } from '../../helpers/buildTimelineEvent';
import { fakeMediaQueryList } from '../../helpers/fakeMediaQueryList';

const NO_EMPHASIS: ReadonlySet<string> = new Set();

/** Keeps the selection in state, as the app does, and reports every onSelect call. */
function Harness(props: { events?: TimelineEvent[]; initialId?: string | null; emphasisedIds?: ReadonlySet<string>; onSelect?: (id: string | null) => void }) {
  const [selectedId, setSelectedId] = useState<string | null>(props.initialId ?? null);
  return (
    <Timeline
      events={props.events ?? buildFixtureEvents()}
      published={FIXTURE_PUBLISHED}
      selectedId={selectedId}
      emphasisedIds={props.emphasisedIds ?? NO_EMPHASIS}
      onSelect={(id) => {
        props.onSelect?.(id);
        setSelectedId(id);
      }}
      widthPx={800}
    />
  );
}

const marksGroup = () => screen.getByRole('group', { name: 'Events in time order' });
const marks = () => within(marksGroup()).getAllByRole('button');
const mark = (name: string) => within(marksGroup()).getByRole('button', { name });
const tickLabels = () => Array.from(screen.getByTestId('time-axis').querySelectorAll('.tick-label')).map((t) => t.textContent);
const glyphXPx = (element: HTMLElement) => {
  const transform = element.querySelector('.mark-glyph')?.getAttribute('transform') ?? '';
  return Number(/translate\(([-\d.e]+),/.exec(transform)?.[1]);
};

const reducedMotion = (matches: boolean) => (query: string) =>
  fakeMediaQueryList(query, matches && query.includes('prefers-reduced-motion'));

beforeEach(() => {
  vi.spyOn(window, 'matchMedia').mockImplementation(reducedMotion(true));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Timeline marks', () => {
  it('renders one mark per event, in time order, named "<date>: <title>"', () => {
    render(<Harness />);
    expect(marks().map((m) => m.getAttribute('aria-label'))).toEqual([
      'March–May 2022: Two months of fighting for the port',
      'May 2022: Port captured',
      'about early August 2022 – 18 April 2023, ongoing: Battle for the town',
      'September 2022: Four regions annexed',
      'March 2023: Visit to the port city',
      '16 April 2023: Easter',
      '18 April 2023: Visit to a command post',
      '18 April 2023: Visit to a guard headquarters',
      'after 18 April 2023: Expected counteroffensive',
    ]);
    expect(marks().map((m) => m.dataset.eventId)).toEqual([
      'siege', 'capture', 'long-battle', 'annexation', 'port-visit', 'easter', 'visit-command', 'visit-guard', 'counteroffensive',
    ]);
  });

  it('draws a month as a band, a range as a bar, a day as a point, the future as a dashed bar', () => {
    render(<Harness />);
    expect(mark('September 2022: Four regions annexed')).toHaveClass('mark-band');
    expect(mark('March–May 2022: Two months of fighting for the port')).toHaveClass('mark-bar');
    expect(mark('16 April 2023: Easter')).toHaveClass('mark-point');
    expect(mark('after 18 April 2023: Expected counteroffensive')).toHaveClass('mark-bar', 'future');
    expect(mark('about early August 2022 – 18 April 2023, ongoing: Battle for the town').querySelector('.mark-arrow')).not.toBeNull();
    expect(mark('about early August 2022 – 18 April 2023, ongoing: Battle for the town').querySelectorAll('.mark-fade stop')).toHaveLength(4);
  });

  it('makes only the first mark tabbable when nothing is selected, and the selected one otherwise', () => {
    const { unmount } = render(<Harness />);
    expect(marks().filter((m) => m.tabIndex === 0).map((m) => m.dataset.eventId)).toEqual(['siege']);
    unmount();
    render(<Harness initialId="easter" />);
    expect(marks().filter((m) => m.tabIndex === 0).map((m) => m.dataset.eventId)).toEqual(['easter']);
  });

  it('selects an event when its mark is clicked, and marks only that one aria-current', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await userEvent.click(mark('September 2022: Four regions annexed'));
    expect(onSelect).toHaveBeenCalledWith('annexation');
    expect(marks().filter((m) => m.getAttribute('aria-current') === 'true').map((m) => m.dataset.eventId)).toEqual(['annexation']);
  });

  it('gives the emphasised events the class "emphasised" and no others', () => {
    render(<Harness emphasisedIds={new Set(['easter', 'capture'])} />);
    expect(marks().filter((m) => m.classList.contains('emphasised')).map((m) => m.dataset.eventId)).toEqual(['capture', 'easter']);
  });

  it('marks the publication day "Published 18 April 2023"', () => {
    render(<Harness />);
    expect(screen.getByRole('img', { name: 'Published 18 April 2023' })).toHaveAttribute('data-testid', 'publication-marker');
  });

  it('lists every category in the legend', () => {
    render(<Harness />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Battle', 'Military', 'Visit', 'Political', 'Holiday', 'Other',
    ]);
  });

  it('folds the marks away with "Hide timeline" and back with "Show timeline"', async () => {
    render(<Harness />);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const toggle = screen.getByRole('button', { name: 'Hide timeline' });
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect([toggle.getAttribute('aria-expanded'), timeline.dataset.collapsed, body.contains(marksGroup())]).toEqual(['true', 'false', true]);

    await userEvent.click(toggle);

    expect([toggle.textContent, toggle.getAttribute('aria-expanded'), timeline.dataset.collapsed]).toEqual(['Show timeline', 'false', 'true']);
    await userEvent.click(toggle);
    expect([toggle.textContent, toggle.getAttribute('aria-expanded'), timeline.dataset.collapsed]).toEqual(['Hide timeline', 'true', 'false']);
  });
});

describe('Timeline keyboard', () => {
  it('moves focus and selection with ArrowRight and ArrowLeft', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    // Hide timeline (jsdom applies no media query), "List all 9 events", Zoom in, Zoom out, Fit all, then the first mark.
    for (let stop = 0; stop < 6; stop++) await user.tab();
    expect(document.activeElement).toBe(mark('March–May 2022: Two months of fighting for the port'));
    await user.keyboard('{ArrowRight}');
    expect(onSelect).toHaveBeenLastCalledWith('capture');
    expect(document.activeElement).toBe(mark('May 2022: Port captured'));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(onSelect).toHaveBeenLastCalledWith('annexation');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'annexation');
    expect(document.activeElement).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(onSelect).toHaveBeenLastCalledWith('long-battle');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'long-battle');
  });

  it('jumps to the last event with End and the first with Home', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    mark('16 April 2023: Easter').focus();
    await user.keyboard('{End}');
    expect(onSelect).toHaveBeenLastCalledWith('counteroffensive');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'counteroffensive');
    await user.keyboard('{Home}');
    expect(onSelect).toHaveBeenLastCalledWith('siege');
    expect(document.activeElement).toHaveAttribute('data-event-id', 'siege');
  });

  it('clears the selection with Escape', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness initialId="easter" onSelect={onSelect} />);
    mark('16 April 2023: Easter').focus();
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(marks().some((m) => m.hasAttribute('aria-current'))).toBe(false);
  });

  it('selects the focused event with Enter and with Space', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    mark('May 2022: Port captured').focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('capture');
    mark('16 April 2023: Easter').focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('easter');
  });
});

describe('Timeline zoom', () => {
  it('fits all events at first: ticks every other month from March 2022', () => {
    render(<Harness />);
    expect(tickLabels()).toEqual(['Mar 2022', 'May 2022', 'Jul 2022', 'Sep 2022', 'Nov 2022', 'Jan 2023', 'Mar 2023', 'May 2023']);
  });

  it('counts days after "Zoom in" three times, months again after "Zoom out" three times, and the first view after "Fit all"', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const initial = tickLabels();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(tickLabels().length).toBeGreaterThan(2);
    expect(tickLabels().every((label) => /^\d{1,2} [A-Z][a-z]{2}$/.test(label ?? ''))).toBe(true);
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(tickLabels()).toEqual(initial);
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(tickLabels()).toEqual(initial);
  });

  it('zooms in with "+" and "=", out with "-", and fits all with "0"', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const initial = tickLabels();
    mark('16 April 2023: Easter').focus();
    await user.keyboard('+=+');
    const zoomedIn = tickLabels();
    expect(zoomedIn.every((label) => /^\d{1,2} [A-Z][a-z]{2}$/.test(label ?? ''))).toBe(true);
    await user.keyboard('-');
    expect(tickLabels()).not.toEqual(zoomedIn);
    await user.keyboard('0');
    expect(tickLabels()).toEqual(initial);
  });

  it('zooms around the focused mark with "+" and "-": the event stays where it was, in view', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const before = glyphXPx(mark('May 2022: Port captured'));
    mark('May 2022: Port captured').focus();
    await user.keyboard('+++');
    const zoomed = glyphXPx(mark('May 2022: Port captured'));
    expect(Math.abs(zoomed - before)).toBeLessThan(1);
    expect(document.activeElement).toBe(mark('May 2022: Port captured'));
    await user.keyboard('-');
    expect(Math.abs(glyphXPx(mark('May 2022: Port captured')) - before)).toBeLessThan(1);
  });

  it('pans instantly to a selected event that is off-screen when motion is reduced', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    mark('16 April 2023: Easter').focus();
    await user.keyboard('++++');
    // Out of view, so culled: not drawn at all.
    expect(within(marksGroup()).queryByRole('button', { name: 'March–May 2022: Two months of fighting for the port' })).toBeNull();
    mark('16 April 2023: Easter').focus();
    await user.keyboard('{Home}');
    const siege = mark('March–May 2022: Two months of fighting for the port');
    expect(glyphXPx(siege)).toBeGreaterThanOrEqual(0);
    expect(glyphXPx(siege)).toBeLessThanOrEqual(800);
  });

  it('pans to an off-screen selection with an animation otherwise', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(reducedMotion(false));
    const user = userEvent.setup();
    render(<Harness />);
    mark('16 April 2023: Easter').focus();
    await user.keyboard('{End}');
    await user.keyboard('++++');
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(within(marksGroup()).queryByRole('button', { name: 'March–May 2022: Two months of fighting for the port' })).toBeNull();
    await user.keyboard('{Home}');
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    const siege = mark('March–May 2022: Two months of fighting for the port');
    expect(glyphXPx(siege)).toBeGreaterThanOrEqual(0);
    expect(glyphXPx(siege)).toBeLessThanOrEqual(800);
  });
});

describe('Timeline with awkward input', () => {
  it('says there are no dated events when there are none, and still draws the publication marker', () => {
    render(<Timeline events={[]} published={FIXTURE_PUBLISHED} selectedId={null} emphasisedIds={NO_EMPHASIS} onSelect={() => {}} widthPx={800} />);
    expect(screen.getByText('No dated events in this article.')).toBeInTheDocument();
    expect(screen.getByTestId('publication-marker')).toBeInTheDocument();
  });

  it('names events it cannot place in time instead of drawing them', () => {
    render(<Harness events={[
      buildTimelineEvent({ id: 'past', title: 'Long ago', start: 'PAST_REF' }),
      buildTimelineEvent({ id: 'day', title: 'A day', start: '2023-04-16' }),
    ]} />);
    expect(marks().map((m) => m.dataset.eventId)).toEqual(['day']);
    expect(screen.getByText('Not drawn (no position in time): Long ago.')).toBeInTheDocument();
  });

  it('stays on the first event with ArrowLeft and on the last with ArrowRight', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} initialId="siege" />);
    mark('March–May 2022: Two months of fighting for the port').focus();
    await user.keyboard('{ArrowLeft}');
    expect(onSelect).not.toHaveBeenCalled();
    expect(document.activeElement).toHaveAttribute('data-event-id', 'siege');
  });

  it('leaves Ctrl + "+" to the browser', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const initial = tickLabels();
    mark('16 April 2023: Easter').focus();
    await user.keyboard('{Control>}+{/Control}');
    expect(tickLabels()).toEqual(initial);
  });

  it('ignores a selected id that is not among the events', () => {
    render(<Harness initialId="no-such-event" />);
    expect(marks().some((m) => m.hasAttribute('aria-current'))).toBe(false);
    expect(marks().filter((m) => m.tabIndex === 0).map((m) => m.dataset.eventId)).toEqual(['siege']);
  });
});

describe('Timeline in a height that holds one lane', () => {
  // Three days 20 days (50 px) apart: one lane holds all three marks, and only the last keeps its label.
  const days = ['2022-06-01', '2022-06-21', '2022-07-11'].map((start, i) => buildTimelineEvent({ id: `d${i}`, title: `Day event ${i}`, start }));
  const draw = () => render(
    <Timeline events={days} published={FIXTURE_PUBLISHED} selectedId={null} emphasisedIds={NO_EMPHASIS} onSelect={() => {}} widthPx={800} maxHeightPx={78} />,
  );
  const shownLabels = () => Array.from(marksGroup().querySelectorAll('.mark-label')).map((l) => l.textContent);
  const tooltip = () => marksGroup().querySelector('.mark-tooltip text')?.textContent ?? null;

  it('draws every mark but only the label that has room', () => {
    draw();
    expect(marks().map((m) => m.getAttribute('data-event-id'))).toEqual(['d0', 'd1', 'd2']);
    expect(shownLabels()).toEqual(['Day event 2']);
  });

  it('shows a hidden label while its mark has focus, and while the pointer is near its glyph', async () => {
    draw();
    act(() => within(marksGroup()).getByRole('button', { name: /Day event 0$/ }).focus());
    expect(tooltip()).toBe('Day event 0');
    act(() => within(marksGroup()).getByRole('button', { name: /Day event 0$/ }).blur());
    expect(tooltip()).toBeNull();
    const glyph = glyphXPx(within(marksGroup()).getByRole('button', { name: /Day event 1$/ }));
    const svg = marksGroup();
    // jsdom lays nothing out: the svg's box sits at (0, 0), so client coordinates are svg coordinates.
    act(() => { svg.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: glyph + 5, clientY: 34 + 12 + 4 })); });
    expect(tooltip()).toBe('Day event 1');
  });
});
