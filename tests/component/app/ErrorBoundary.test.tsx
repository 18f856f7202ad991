import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';

function Explode(): never {
  throw new Error('events is not iterable');
}

beforeEach(() => {
  // React and the boundary both report the error on the console; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows its children when nothing fails', () => {
    render(<ErrorBoundary><p>All well</p></ErrorBoundary>);
    expect(screen.getByText('All well')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('ErrorBoundary catches render errors', () => {
  it('shows an alert with the error and a Reload button instead of a blank page', () => {
    render(<ErrorBoundary><Explode /></ErrorBoundary>);
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong while drawing the page');
    expect(alert.querySelector('.app-message-detail')!.textContent).toBe('events is not iterable');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('names what failed when given a title', () => {
    render(<ErrorBoundary title="The timeline could not be drawn" headingLevel={2}><Explode /></ErrorBoundary>);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The timeline could not be drawn');
  });

  it('keeps the rest of the page when only a wrapped part fails', () => {
    render(
      <div>
        <ErrorBoundary title="The timeline could not be drawn"><Explode /></ErrorBoundary>
        <p>The article still reads</p>
      </div>,
    );
    expect(screen.getByText('The article still reads')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
