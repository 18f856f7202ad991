/** Props of the data-file failure alert. */
export interface LoadErrorProps {
  /** What is wrong and where, e.g. "HTTP 404 fetching seed.events.json". */
  message: string;
  /** A retry is under way. */
  retrying: boolean;
  onRetry: () => void;
}

/** The data file could not be loaded: say what and where, and offer to try again. */
export function LoadError({ message, retrying, onRetry }: LoadErrorProps) {
  return (
    <div role="alert" className="app-message app-message-error">
      <h1>The timeline could not be loaded</h1>
      <p className="app-message-detail" data-testid="load-error-message">{message}</p>
      {/* Never disabled: disabling the focused button would drop keyboard focus on the page body. */}
      <button type="button" className="app-button" onClick={onRetry} aria-busy={retrying}>
        Retry
      </button>
    </div>
  );
}
