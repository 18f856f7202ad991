import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DataFile } from '../model/dataFile';

/** Props of the import control. */
export interface ImportButtonProps {
  /** Receives the checked data file (the integrator saves it as a new library entry). */
  onImported: (file: DataFile) => void;
}

/**
 * Imports a Dateline data file or a TimelineJS3 JSON file, chosen or dropped anywhere on the page. A bad file gets a
 * message naming where it is wrong, and nothing else changes.
 */
export function ImportButton({ onImported }: ImportButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);

  const readFile = async (picked: File) => {
    setMessage({ text: `Reading ${picked.name}…`, error: false });
    try {
      const [{ importTimelineFile }, text] = await Promise.all([import('./importTimelineFile'), picked.text()]);
      const file = importTimelineFile(text, picked.name);
      onImported(file);
      setMessage({ text: `Imported “${file.article.title}” (${file.events.length} events)`, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const readFileRef = useRef(readFile);
  useLayoutEffect(() => {
    readFileRef.current = readFile;
  });
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const dropped = event.dataTransfer?.files[0];
      if (dropped) void readFileRef.current(dropped);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

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
      {dragging && <span className="import-drop-hint" role="status">Drop the file to import it</span>}
      {message && <span role={message.error ? 'alert' : 'status'} className={message.error ? 'import-error' : 'import-message'}>{message.text}</span>}
    </div>
  );
}
