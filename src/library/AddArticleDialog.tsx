import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ImportError, type ImportedArticle } from '../import/importedArticle';
import { readImportFile, readPaste } from '../import/readImport';
import { ArticleSourcePicker } from './ArticleSourcePicker';
import { ConfirmArticleForm, type ConfirmedArticle } from './ConfirmArticleForm';
import { ExtractionProgress } from './ExtractionProgress';
import { settleNewArticle, type SaveOutcome } from './saveExtracted';
import { useExtraction } from './useExtraction';
import { useModalDialog } from './useModalDialog';
import { BROWSER_GENERATOR } from '../worker/extractInWorker';

/** Props of the add-article dialog. */
export interface AddArticleDialogProps {
  /** A file dropped on the window, read at once. */
  initialFile?: File | undefined;
  onClose: () => void;
  onAdded: (outcome: SaveOutcome) => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Add article: paste or choose → check headline, date and source → extract in the worker → save and open. */
export function AddArticleDialog({ initialFile, onClose, onAdded }: AddArticleDialogProps) {
  const titleId = useId();
  const dialogRef = useModalDialog(onClose);
  const [imported, setImported] = useState<ImportedArticle | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const extraction = useExtraction();
  const readFile = useRef<File | undefined>(undefined);

  const readWith = useCallback(async (read: () => ImportedArticle | Promise<ImportedArticle>) => {
    setMessage(null);
    setReading(true);
    try {
      setImported(await read());
    } catch (error) {
      // Bad input changes nothing: the dialog stays where it was and says why.
      setMessage(error instanceof ImportError ? error.message : `This could not be read: ${describe(error)}`);
    } finally {
      setReading(false);
    }
  }, []);

  useEffect(() => {
    if (initialFile && readFile.current !== initialFile) {
      readFile.current = initialFile;
      void readWith(() => readImportFile(initialFile));
    }
  }, [initialFile, readWith]);

  const confirm = async (confirmed: ConfirmedArticle) => {
    if (!imported) return;
    setMessage(null);
    try {
      const source = confirmed.source ? { source: confirmed.source } : {};
      const result = await extraction.run(
        {
          text: imported.text,
          published: confirmed.published,
          title: confirmed.headline,
          ...(confirmed.source ? { credit: confirmed.source } : {}),
          ...(imported.fileName ? { fileName: imported.fileName } : {}),
          generator: BROWSER_GENERATOR,
        },
        { add: { headline: confirmed.headline, published: confirmed.published, ...source } },
      );
      if (!result) {
        setMessage('Extraction cancelled. Nothing was saved; you can change the form and try again.');
        return;
      }
      const outcome = await settleNewArticle(result, { headline: confirmed.headline, published: confirmed.published, ...source, text: imported.text });
      onAdded(outcome);
    } catch (error) {
      setMessage(`The timeline could not be made: ${describe(error)}`);
    }
  };

  const { state } = extraction;
  return (
    <dialog ref={dialogRef} className="add-dialog" aria-labelledby={titleId}>
      <div className="add-dialog-head">
        <h2 id={titleId}>Add an article</h2>
        <button type="button" className="app-button" onClick={onClose}>Close</button>
      </div>
      {message && <p role="alert" className="add-message">{message}</p>}
      {imported ? (
        <ConfirmArticleForm imported={imported} busy={state.running} onConfirm={(c) => void confirm(c)} onBack={() => setImported(null)} />
      ) : (
        <ArticleSourcePicker busy={reading} onPaste={(paste) => void readWith(() => readPaste(paste))} onFile={(file) => void readWith(() => readImportFile(file))} />
      )}
      {state.running && !state.showProgress && <p className="add-hint">Extracting…</p>}
      {state.showProgress && <ExtractionProgress percent={state.percent} label="Extracting the timeline" onCancel={extraction.cancel} />}
    </dialog>
  );
}
