import { useRef, useState } from 'react';
import type { DataFile } from '../model/dataFile';

/** Props of the import control. */
export interface ImportButtonProps {
  /** Receives the checked data file and saves it as a new library entry; a rejection is shown as the message. */
  onImported: (file: DataFile) => void | Promise<void>;
}

/**
 * Imports a Dateline data file or a TimelineJS3 JSON file chosen from disk (a dropped one goes through the page's one
 * drop target, LibraryFrame). A bad file gets a message naming where it is wrong, and nothing else changes.
 */
export function ImportButton({ onImported }: ImportButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const readFile = async (picked: File) => {
    setMessage({ text: `Reading ${picked.name}…`, error: false });
    try {
      const [{ importTimelineFile }, text] = await Promise.all([import('./importTimelineFile'), picked.text()]);
      const file = importTimelineFile(text, picked.name);
      await onImported(file);
      setMessage({ text: `Imported “${file.article.title}” (${file.events.length} events)`, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  return (
    <div className="import-control">
      <button type="button" onClick={() => inputRef.current?.click()}>Import…</button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Import a Dateline or TimelineJS3 JSON file"
        onChange={(event) => {
          const picked = event.target.files?.[0];
          event.target.value = '';
          if (picked) void readFile(picked);
        }}
      />
      {message && <span role={message.error ? 'alert' : 'status'} className={message.error ? 'import-error' : 'import-message'}>{message.text}</span>}
    </div>
  );
}
