import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseScrollBehavior, useScrollToParagraph } from '../../../src/article/useScrollToParagraph';

function Pane({ paragraphId, selectionKey }: { paragraphId: string | null; selectionKey: string | null }) {
  const ref = useRef<HTMLElement>(null);
  useScrollToParagraph(ref, paragraphId, selectionKey);
  return (
    <article ref={ref} style={{ overflowY: 'auto' }}>
      <p id="para-p1">one</p>
      <p id="para-p2">two</p>
    </article>
  );
}

/** The pane's own scroll: the only thing that may scroll (jsdom has no Element.scrollTo). */
function spyOnPaneScroll() {
  const pane = document.querySelector('article')!;
  const scrollTo = vi.fn();
  pane.scrollTo = scrollTo as unknown as typeof pane.scrollTo;
  return scrollTo;
}

/** Gives elements a fixed box (jsdom has no layout). */
function placeBox(selector: string, top: number, bottom: number) {
  const element = document.querySelector(selector)!;
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
}

function stubReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)', media: query, addEventListener() {}, removeEventListener() {} }));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useScrollToParagraph scrolls the pane itself', () => {
  it('scrolls an off-screen paragraph to the middle of the pane, smoothly', () => {
    stubReducedMotion(false);
    const { rerender } = render(<Pane paragraphId={null} selectionKey={null} />);
    placeBox('article', 0, 500);
    placeBox('#para-p2', 900, 980);
    const scroll = spyOnPaneScroll();
    rerender(<Pane paragraphId="p2" selectionKey="e1" />);
    // The paragraph's top 900 − (500 − 80) / 2 = 690 px down the pane, so that it sits in the middle; the page stays put.
    expect(scroll).toHaveBeenCalledExactlyOnceWith({ top: 690, behavior: 'smooth' });
  });

  it('scrolls instantly when the reader prefers reduced motion', () => {
    stubReducedMotion(true);
    const { rerender } = render(<Pane paragraphId={null} selectionKey={null} />);
    placeBox('article', 0, 500);
    placeBox('#para-p1', -300, -200);
    const scroll = spyOnPaneScroll();
    rerender(<Pane paragraphId="p1" selectionKey="e1" />);
    expect(scroll).toHaveBeenCalledExactlyOnceWith({ top: 0, behavior: 'auto' });
  });

  it('scrolls again when another event in the same paragraph is selected after the reader scrolled away', () => {
    stubReducedMotion(false);
    const { rerender } = render(<Pane paragraphId="p2" selectionKey="e1" />);
    placeBox('article', 0, 500);
    placeBox('#para-p2', 900, 980);
    const scroll = spyOnPaneScroll();
    rerender(<Pane paragraphId="p2" selectionKey="e2" />);
    expect(scroll).toHaveBeenCalledTimes(1);
  });

  it('reads the reduced-motion preference from the system', () => {
    stubReducedMotion(true);
    expect(chooseScrollBehavior()).toBe('auto');
    stubReducedMotion(false);
    expect(chooseScrollBehavior()).toBe('smooth');
  });
});

describe('useScrollToParagraph leaves the pane alone', () => {
  it('does not scroll a paragraph that is already wholly in view (a clicked mention stays under the pointer)', () => {
    stubReducedMotion(false);
    const { rerender } = render(<Pane paragraphId={null} selectionKey={null} />);
    placeBox('article', 0, 500);
    placeBox('#para-p1', 100, 180);
    const scroll = spyOnPaneScroll();
    rerender(<Pane paragraphId="p1" selectionKey="e1" />);
    expect(scroll).not.toHaveBeenCalled();
  });

  it('does not scroll a paragraph taller than the pane that already fills it', () => {
    stubReducedMotion(false);
    const { rerender } = render(<Pane paragraphId={null} selectionKey={null} />);
    placeBox('article', 0, 500);
    placeBox('#para-p1', -50, 700);
    const scroll = spyOnPaneScroll();
    rerender(<Pane paragraphId="p1" selectionKey="e1" />);
    expect(scroll).not.toHaveBeenCalled();
  });

  it('does nothing for a paragraph that is not in the pane', () => {
    const { rerender } = render(<Pane paragraphId={null} selectionKey={null} />);
    expect(() => rerender(<Pane paragraphId="p9" selectionKey="e1" />)).not.toThrow();
  });
});
