/** Props of the progress state of a long extraction. */
export interface ExtractionProgressProps {
  percent: number;
  onCancel: () => void;
  /** What is being extracted, for the bar's name. */
  label: string;
}

/** A bar with the share of the text processed and a Cancel that stops the worker. */
export function ExtractionProgress({ percent, onCancel, label }: ExtractionProgressProps) {
  return (
    <div className="extract-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}% of the text read`} className="extract-progress-bar">
        <div className="extract-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="extract-progress-figure" aria-hidden="true">{percent}%</span>
      <button type="button" className="app-button" onClick={onCancel}>Cancel</button>
    </div>
  );
}
