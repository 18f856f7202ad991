import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of an error boundary. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /** What failed, as the alert's heading. */
  title?: string;
  /** 1 when the boundary stands for the whole page, 2 around one part of it. */
  headingLevel?: 1 | 2;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches render errors below it and shows an alert with a Reload button instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the component stack somewhere a developer can find it; the reader sees the alert.
    console.error('Dateline render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const Heading = this.props.headingLevel === 2 ? 'h2' : 'h1';
    return (
      <div role="alert" className="app-message app-message-error">
        <Heading>{this.props.title ?? 'Something went wrong while drawing the page'}</Heading>
        <p className="app-message-detail">{error.message}</p>
        <button type="button" className="app-button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
