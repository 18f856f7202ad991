import { useId, useState, type FormEvent } from 'react';
import type { ImportedArticle } from '../import/importedArticle';

/** What the reader confirmed. */
export interface ConfirmedArticle {
  headline: string;
  published: string;
  source: string;
}

/** Props of the confirm step. */
export interface ConfirmArticleFormProps {
  imported: ImportedArticle;
  busy: boolean;
  onConfirm: (confirmed: ConfirmedArticle) => void;
  onBack: () => void;
}

const PREVIEW_PARAGRAPHS = 3;
const PREVIEW_CHARS = 600;

/** Where the prefilled date came from, so the reader knows how far to trust it. */
function dateOrigin(imported: ImportedArticle): string {
  if (!imported.published) return 'Neither the page nor the text gives a publication date, so it is needed here.';
  return imported.format === 'html' ? 'Read from the page.' : 'Read from the article’s dateline.';
}

/** Shows what was read and lets the reader correct headline, date and source before the extraction runs. */
export function ConfirmArticleForm({ imported, busy, onConfirm, onBack }: ConfirmArticleFormProps) {
  const [headline, setHeadline] = useState(imported.headline);
  const [published, setPublished] = useState(imported.published ?? '');
  const [source, setSource] = useState(imported.source ?? '');
  const ids = { headline: useId(), published: useId(), why: useId(), source: useId() };
  const preview = imported.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p) => (p.length > PREVIEW_CHARS ? `${p.slice(0, PREVIEW_CHARS)}…` : p));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm({ headline: headline.trim(), published, source: source.trim() });
  };

  return (
    <form className="add-confirm" onSubmit={submit} aria-label="Check the article">
      <p className="add-hint">Read from {imported.origin}. Check it, then extract its timeline.</p>
      <label htmlFor={ids.headline}>Headline</label>
      <input id={ids.headline} type="text" required value={headline} onChange={(e) => setHeadline(e.target.value)} />
      <label htmlFor={ids.published}>Publication date</label>
      <input id={ids.published} type="date" required value={published} aria-describedby={ids.why} onChange={(e) => setPublished(e.target.value)} />
      <p id={ids.why} className="add-hint">
        {dateOrigin(imported)} Dates without a year are read against it: “in September” in an April 2023 article is September 2022.
      </p>
      <label htmlFor={ids.source}>Source or credit (optional)</label>
      <input id={ids.source} type="text" value={source} onChange={(e) => setSource(e.target.value)} />
      <section className="add-preview" aria-label="First paragraphs">
        <h3>First paragraphs</h3>
        {preview.length > 0 ? preview.map((text, index) => <p key={index}>{text}</p>) : <p>(only a headline)</p>}
      </section>
      <div className="add-actions">
        <button type="submit" className="app-button app-button-primary" disabled={busy}>Extract the timeline</button>
        <button type="button" className="app-button" disabled={busy} onClick={onBack}>Back</button>
      </div>
    </form>
  );
}
