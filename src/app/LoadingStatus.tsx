/** Shown while the data file is on its way. Focusable by script: after Retry it is where the reader is. */
export function LoadingStatus() {
  return (
    <p role="status" className="app-message" tabIndex={-1} data-loading-status="">
      Loading the timeline…
    </p>
  );
}
