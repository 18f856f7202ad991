import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataFileQueryOptions } from '../data/dataFileQuery';
import { loadCanvasMarkLayer } from '../timeline/loadCanvasMarkLayer';
import { App } from './App';
import { AppProviders, createQueryClient } from './AppProviders';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';
import './app.css';

// For the bench's breakdown: when the entry script has been downloaded, compiled and evaluated.
performance.mark('dateline:app script evaluated');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The data file is already on its way (index.html asked for it): read it while React starts, so the first
// render can already draw the timeline instead of a loading status.
const client = createQueryClient();
// A large file may hold thousands of events, drawn on a canvas: fetch that layer's code (7 kB) while it is checked.
void window.__datelinePreload?.large?.then((large) => {
  if (large) void loadCanvasMarkLayer();
});
void client.prefetchQuery(dataFileQueryOptions({ search: window.location.search, href: window.location.href }));

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <AppProviders client={client}>
        <App />
      </AppProviders>
    </ErrorBoundary>
  </StrictMode>,
);
