import { useId, useState, type ClipboardEvent } from 'react';
import { ACCEPTED_EXTENSIONS } from '../import/readImport';

/** Props of the first step: where the article comes from. */
export interface ArticleSourcePickerProps {
  /** A paste arrived: rich text as HTML (when the clipboard had it) and plain text. */
  onPaste: (paste: { html?: string; plain: string }) => void;
  onFile: (file: File) => void;
  busy: boolean;
}

/** Paste (plain or rich text), type, or choose a file; a file may also be dropped anywhere on the window. */
export function ArticleSourcePicker({ onPaste, onFile, busy }: ArticleSourcePickerProps) {
  const [typed, setTyped] = useState('');
  const pasteId = useId();
  const hintId = useId();

  const pasted = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    // Rich text from a web page keeps its structure (headline, paragraphs, metadata) only as HTML.
    event.preventDefault();
    onPaste(html ? { html, plain } : { plain });
  };

  return (
    <div className="add-source">
      <label htmlFor={pasteId}>Paste the article</label>
      <p id={hintId} className="add-hint">
        Copy an article from a news site (or any text) and paste it here. Nothing leaves this computer.
      </p>
      <textarea
        id={pasteId}
        className="add-paste"
        rows={6}
        value={typed}
        aria-describedby={hintId}
        onChange={(event) => setTyped(event.target.value)}
        onPaste={pasted}
        placeholder="Paste here (Ctrl+V or ⌘V)"
      />
      <div className="add-actions">
        <button type="button" className="app-button" disabled={busy || typed.trim() === ''} onClick={() => onPaste({ plain: typed })}>
          Read this text
        </button>
        <label className="app-button add-file">
          Choose a file…
          <input
            type="file"
            accept={ACCEPTED_EXTENSIONS}
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
      </div>
      <p className="add-hint">Files: .txt, .md, .html or .htm (a saved web page), up to 10 MB. You can also drop one anywhere on the page.</p>
    </div>
  );
}
