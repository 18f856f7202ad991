import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVisibleParagraphs } from '../../../src/article/useVisibleParagraphs';

/** An IntersectionObserver the test drives by hand. */
class FakeIntersectionObserver {
  static latest: FakeIntersectionObserver | null = null;
  readonly observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.latest = this;
  }
  /** As the real one: observing an element twice is a no-op. */
  observe(element: Element) {
    if (!this.observed.includes(element)) this.observed.push(element);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  takeRecords() {
    return [];
  }
  /** Reports which paragraphs (by id) entered or left the viewport. */
  report(changes: Record<string, boolean>) {
    const entries = Object.entries(changes).map(([id, isIntersecting]) => ({
      target: this.observed.find((e) => (e as HTMLElement).dataset.paragraphId === id)!,
      isIntersecting,
    }));
    act(() => this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver));
  }
}

const countRender = vi.fn();
function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useVisibleParagraphs(ref, 'content');
  countRender();
  return (
    <div ref={ref}>
      <p data-paragraph-id="p1">one</p>
      <p data-paragraph-id="p2">two</p>
      <p data-paragraph-id="p3">three</p>
      <output>{[...visible].sort().join(',')}</output>
    </div>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.latest = null;
});

describe('useVisibleParagraphs', () => {
  it('observes every paragraph and reports those in view', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Probe />);
    const observer = FakeIntersectionObserver.latest!;
    expect(observer.observed.map((e) => (e as HTMLElement).dataset.paragraphId)).toEqual(['p1', 'p2', 'p3']);
    observer.report({ p1: true, p2: true, p3: false });
    expect(screen.getByRole('status').textContent).toBe('p1,p2');
    observer.report({ p1: false, p3: true });
    expect(screen.getByRole('status').textContent).toBe('p2,p3');
  });

  it('does not re-render when a report changes nothing', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Probe />);
    const observer = FakeIntersectionObserver.latest!;
    observer.report({ p1: true });
    const before = countRender.mock.calls.length;
    observer.report({ p1: true, p2: false });
    expect(countRender.mock.calls.length).toBe(before);
  });

  it('disconnects when unmounted', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const { unmount } = render(<Probe />);
    unmount();
    expect(FakeIntersectionObserver.latest!.disconnected).toBe(true);
  });
});
