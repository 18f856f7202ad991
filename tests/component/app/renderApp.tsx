import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { AppProviders } from '../../../src/app/AppProviders';

/** Mounts the whole app with fresh providers (its own data file loads), as main.tsx does. */
export function renderApp() {
  return render(
    <AppProviders>
      <App />
    </AppProviders>,
  );
}
