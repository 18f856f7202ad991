import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from './renderApp';

/** Records every observer so the test can say which paragraphs scrolled into view. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
  report(changes: Record<string, boolean>) {
    const entries = Object.entries(changes).map(([id, isIntersecting]) => ({
      target: this.observed.find((e) => e.getAttribute('data-paragraph-id') === id)!,
      isIntersecting,
    }));
    act(() => this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver));
  }
}

const paragraphObserver = () => FakeIntersectionObserver.all.find((o) => o.observed.some((e) => e.hasAttribute('data-paragraph-id')))!;
const emphasised = () => [...document.querySelectorAll('.timeline [data-event-id].emphasised')].map((e) => e.getAttribute('data-event-id')).sort();

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App scroll sync', () => {
  it('emphasises on the timeline the events whose paragraphs are in view', async () => {
    stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
    renderApp();
    await screen.findByRole('article', { name: 'Article' });
    expect(emphasised()).toEqual([]);

    paragraphObserver().report({ p1: true, p3: true, p5: true });
    expect(emphasised()).toEqual(['reopening', 'restoration']);

    paragraphObserver().report({ p1: false, p3: false, p5: false, p7: true });
    expect(emphasised()).toEqual(['festival']);
  });
});
