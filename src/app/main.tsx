import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataFileLoads } from '../data/dataFileLoads';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';
import './app.css';

// For the bench's breakdown: when the entry script has been downloaded, compiled and evaluated.
performance.mark('dateline:app script evaluated');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The data file is already on its way (index.html asked for it): read it while React starts, so the first
// render can already draw the timeline instead of a loading status.
const loads = new DataFileLoads();
loads.get({ search: window.location.search, href: window.location.href });

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <AppProviders loads={loads}>
        <App />
      </AppProviders>
    </ErrorBoundary>
  </StrictMode>,
);
