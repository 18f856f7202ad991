import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DataFile } from '../model/dataFile';
import { downloadBlob } from './downloadBlob';
import { EXPORT_FORMATS, type ExportFormat } from './exportFileName';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** A disclosure of export formats; the exporters load only when one is chosen. */
export function ExportMenu({ file }: { file: DataFile }) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // A click or focus anywhere else closes the list, as menus do.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    toggleRef.current?.focus();
    setMessage({ text: `Preparing ${EXPORT_FORMATS[format].label}…`, error: false });
    try {
      const { buildExport } = await import('./buildExport');
      const { blob, fileName } = await buildExport(file, format);
      downloadBlob(blob, fileName);
      setMessage({ text: `Downloaded ${fileName}`, error: false });
    } catch (error) {
      setMessage({ text: `Export failed: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div ref={rootRef} className="export-menu" onKeyDown={closeOnEscape}>
      <button ref={toggleRef} type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((was) => !was)}>
        Export
      </button>
      <ul id={listId} className="export-menu-list" hidden={!open} aria-label="Export formats">
        {FORMATS.map((format) => (
          <li key={format}>
            <button type="button" data-format={format} onClick={() => void run(format)}>{EXPORT_FORMATS[format].label}</button>
          </li>
        ))}
      </ul>
      {message && <span role={message.error ? 'alert' : 'status'} className="export-message">{message.text}</span>}
    </div>
  );
}
