/** Shown while the data file is on its way. */
export function LoadingStatus() {
  return (
    <p role="status" className="app-message">
      Loading the timeline…
    </p>
  );
}
