// jsdom lacks layout, observers and media queries; these stubs let components mount.
// Real behaviour (scrolling, geometry, zoom gestures) is proven in the Chromium specs under tests/e2e.
import '@testing-library/jest-dom/vitest';
// IndexedDB for the curation store (jsdom has none).
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeMediaQueryList } from './helpers/fakeMediaQueryList';

afterEach(cleanup);

if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};

  class NoopObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  globalThis.ResizeObserver ??= NoopObserver as unknown as typeof ResizeObserver;
  globalThis.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver;

  window.matchMedia ??= (query: string) => fakeMediaQueryList(query, false);
}
