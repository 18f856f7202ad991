import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryStore, resetLibraryStoreForTests } from '../../../src/storage/openLibraryStore';
import type { ExtractRequest } from '../../../src/worker/extractToJson';
import type { ExtractOutcome } from '../../../src/worker/extractInWorker';
import { extractToJson } from '../../../src/worker/extractToJson';
import type { SaveInstruction } from '../../../src/worker/extractMessages';
import { saveInWorker } from '../../../src/worker/saveInWorker';
import { buildDataFileInput, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { stubFetch } from '../../fixtures/mockFetch';
import { renderApp } from '../app/renderApp';

configure({ asyncUtilTimeout: 8000 });

/** jsdom has no Workers: the stand-in runs the worker's own functions (extract, save) when the test says, and records Cancel. */
const worker = vi.hoisted(() => ({
  requests: [] as unknown[],
  cancelled: 0,
  progress: (_percent: number) => {},
  finish: () => {},
}));

vi.mock('../../../src/worker/extractInWorker', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/worker/extractInWorker')>();
  return {
    ...original,
    extractInWorker: (request: ExtractRequest, onProgress: (percent: number) => void, save?: SaveInstruction) => {
      worker.requests.push(request);
      worker.progress = onProgress;
      let reject: (error: Error) => void = () => {};
      const result = new Promise<ExtractOutcome>((resolve, fail) => {
        reject = fail;
        worker.finish = () => {
          const extracted = extractToJson(request);
          void (save ? saveInWorker(request, extracted, save) : Promise.resolve({ type: 'done' as const, result: extracted })).then((reply) => {
            if (reply.type === 'saved' || reply.type === 'done') resolve(reply);
            else fail(new Error(reply.type === 'failed' ? reply.message : 'unexpected reply'));
          });
        };
      });
      return { result, cancel: () => { worker.cancelled += 1; reject(new original.ExtractionCancelled('cancelled')); } };
    },
  };
});

const ARTICLE = 'Harbour bridge reopens after repairs\n\nThe Portvale harbour bridge reopened to traffic on Tuesday after repairs that began in September 2022.';

function paste(plain: string, html?: string) {
  const area = screen.getByLabelText('Paste the article');
  fireEvent.paste(area, { clipboardData: { getData: (type: string) => (type === 'text/html' ? html ?? '' : plain) } });
}

async function openDialog() {
  renderApp();
  await userEvent.click(within(screen.getByRole('navigation', { name: 'Your articles' })).getByRole('button', { name: 'Add article' }));
  return screen.findByRole('dialog', { name: 'Add an article' });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetLibraryStoreForTests();
  Object.assign(worker, { requests: [], cancelled: 0 });
  stubFetch({ body: JSON.stringify(buildDataFileInput(LIGHTHOUSE)) });
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('adding an article', () => {
  it('asks for the publication date when neither page nor text gives one, and says why', async () => {
    await openDialog();
    paste(ARTICLE);
    expect(await screen.findByLabelText('Headline')).toHaveValue('Harbour bridge reopens after repairs');
    expect(screen.getByLabelText('Publication date')).toHaveValue('');
    expect(screen.getByLabelText('Publication date')).toBeRequired();
    expect(screen.getByLabelText('Publication date')).toHaveAccessibleDescription(
      'Neither the page nor the text gives a publication date, so it is needed here. Dates without a year are read against it: “in September” in an April 2023 article is September 2022.',
    );
    expect(screen.getByRole('region', { name: 'First paragraphs' })).toHaveTextContent('The Portvale harbour bridge reopened to traffic on Tuesday');
  });

  it('prefills the date from the dateline and runs the confirmed headline and source through the worker, then saves and opens it', async () => {
    await openDialog();
    paste(`March 3, 2024\n${ARTICLE}`);
    expect(await screen.findByLabelText('Publication date')).toHaveValue('2024-03-03');
    await userEvent.clear(screen.getByLabelText('Headline'));
    await userEvent.type(screen.getByLabelText('Headline'), 'Bridge open again');
    await userEvent.type(screen.getByLabelText('Source or credit (optional)'), 'Portvale Post');
    await userEvent.click(screen.getByRole('button', { name: 'Extract the timeline' }));
    expect(worker.requests).toEqual([expect.objectContaining({ published: '2024-03-03', title: 'Bridge open again', credit: 'Portvale Post' })]);
    act(() => worker.finish());
    await waitFor(() => expect(window.location.hash).toMatch(/^#article=[0-9a-f]{12}$/));
    const { store } = await openLibraryStore();
    expect((await store.list()).articles.map((a) => [a.headline, a.published, a.source, a.eventCount])).toEqual([['Bridge open again', '2024-03-03', 'Portvale Post', 2]]);
  });

  it('shows progress only after 300 ms, and Cancel stops the worker and saves nothing', async () => {
    await openDialog();
    paste(ARTICLE);
    await userEvent.type(await screen.findByLabelText('Publication date'), '2024-03-14');
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Extract the timeline' }));
    act(() => worker.progress(40));
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => vi.advanceTimersByTime(300));
    expect(screen.getByRole('progressbar', { name: 'Extracting the timeline' })).toHaveAttribute('aria-valuenow', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    vi.useRealTimers();
    expect(await screen.findByRole('alert')).toHaveTextContent('Extraction cancelled. Nothing was saved; you can change the form and try again.');
    expect(worker.cancelled).toBe(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const { store } = await openLibraryStore();
    expect((await store.list()).articles).toEqual([]);
  });

  it('refuses an unsupported file with a message and stays where it was', async () => {
    const dialog = await openDialog();
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, new File(['x'], 'slides.pptx'), { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('slides.pptx is a .pptx file; Dateline reads .txt, .md, .html and .htm files.');
    expect(screen.getByLabelText('Paste the article')).toBeInTheDocument();
  });
});
