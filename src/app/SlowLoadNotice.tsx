import { LOAD_TIMEOUT_MS } from './useLoadTimeout';

/** Props of the notice shown when the data file is late. */
export interface SlowLoadNoticeProps {
  /** Which file is late, as messages name it. */
  fileName: string;
  onRetry: () => void;
  onKeepWaiting: () => void;
}

/** The data file has not answered in time: say so, and let the reader retry or keep waiting. */
export function SlowLoadNotice({ fileName, onRetry, onKeepWaiting }: SlowLoadNoticeProps) {
  return (
    <div role="alert" className="app-message app-message-error">
      <h1>The timeline is taking too long</h1>
      <p className="app-message-detail" data-testid="slow-load-message">
        {`No answer for ${fileName} after ${LOAD_TIMEOUT_MS / 1000} seconds. The server may be slow or unreachable.`}
      </p>
      <div className="app-message-actions">
        <button type="button" className="app-button" onClick={onRetry}>
          Retry
        </button>
        <button type="button" className="app-button app-button-secondary" onClick={onKeepWaiting}>
          Keep waiting
        </button>
      </div>
    </div>
  );
}
