import { useId, useState, type FormEvent } from 'react';
import { CategorySchema, type Category, type DataFile, type Span } from '../model/dataFile';
import { getCategoryStyle } from '../timeline/categoryStyle';
import type { CurationAction } from './curationActions';
import { DateField, useTypedDate } from './DateField';
import { createAddedEventId, prefillFromSelection } from './prefillFromSelection';

/** Props of the form that adds an event from selected article words. */
export interface AddFromSelectionProps {
  span: Span;
  file: DataFile;
  /** Every id in use, extracted ones included (also deleted ones: ids are never reused). */
  takenIds: ReadonlySet<string>;
  disabled: boolean;
  dispatch: (action: CurationAction) => void;
  onDone: (eventId: string | null) => void;
}

/** A new event whose source is exactly the selected words; title and date prefilled, both editable. */
export function AddFromSelection({ span, file, takenIds, disabled, dispatch, onDone }: AddFromSelectionProps) {
  const id = useId();
  const published = file.article.published;
  const [prefill] = useState(() => prefillFromSelection(span, file.mentions, published));
  const [title, setTitle] = useState(prefill.title);
  const [typedDate, setTypedDate] = useState(prefill.typedDate);
  const [category, setCategory] = useState<Category>('other');
  const [message, setMessage] = useState<string | null>(null);
  const reading = useTypedDate(typedDate, published);

  const add = (submit: FormEvent) => {
    submit.preventDefault();
    if (title.trim() === '') return setMessage('Give the event a title.');
    if (!reading) return setMessage('Type the date of the event.');
    if (!reading.ok) return setMessage(reading.message.replace(' The date was not changed.', ''));
    const eventId = createAddedEventId(takenIds);
    dispatch({
      type: 'add',
      event: {
        id: eventId,
        title: title.trim(),
        ...reading.date,
        category,
        sources: [span],
        mentions: prefill.mentionId && typedDate === prefill.typedDate ? [prefill.mentionId] : [],
        why: ['added by hand from the selected words'],
      },
    });
    onDone(eventId);
  };

  return (
    <form
      className="add-from-selection"
      aria-label="Add event from selection"
      onSubmit={add}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(null);
      }}
    >
      <h2 className="add-from-selection-heading">Add event</h2>
      <blockquote className="event-card-quote">{span.text}</blockquote>
      <div className="curation-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </div>
      <DateField label="Date" value={typedDate} onChange={setTypedDate} published={published} />
      <div className="curation-field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CategorySchema.options.map((c) => <option key={c} value={c}>{getCategoryStyle(c).label}</option>)}
        </select>
      </div>
      <div className="event-editor-actions">
        <button type="submit" disabled={disabled}>Add event</button>
        <button type="button" onClick={() => onDone(null)}>Cancel</button>
      </div>
      {message && <p role="alert" className="curation-message">{message}</p>}
    </form>
  );
}
