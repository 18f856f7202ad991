import { render } from '@testing-library/react';
import { App } from '../../../src/app/App';
import { AppProviders, createQueryClient } from '../../../src/app/AppProviders';

/** Mounts the whole app with a fresh query client, as main.tsx does. */
export function renderApp() {
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
