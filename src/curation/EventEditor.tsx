import { useId, useState, type FormEvent } from 'react';
import { CategorySchema, type Category, type Span, type TimelineEvent } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';
import { getCategoryStyle } from '../timeline/categoryStyle';
import type { CurationAction } from './curationActions';
import { DateField, useTypedDate } from './DateField';
import { EditedByHand } from './EditedByHand';
import { MergeForm } from './MergeForm';

/** Props of the editing part of the event card. */
export interface EventEditorProps {
  event: TimelineEvent;
  /** The event as the extractor found it, when it has hand edits; undefined for an unedited or added event. */
  extracted: TimelineEvent | undefined;
  /** Added by hand (nothing to reset to). */
  isAdded: boolean;
  /** Every event in time order (see sortForMerging), for merging. */
  sortedEvents: readonly TimelineEvent[];
  published: string;
  /** Words selected in the article, offered as the new source. */
  selection: Span | null;
  disabled: boolean;
  dispatch: (action: CurationAction) => void;
}

/** Edit title, category and date of the selected event; delete it, merge another into it, or take new source words. */
export function EventEditor({ event, extracted, isAdded, sortedEvents, published, selection, disabled, dispatch }: EventEditorProps) {
  const formId = useId();
  const [title, setTitle] = useState(event.title);
  const [category, setCategory] = useState<Category>(event.category);
  const [typedDate, setTypedDate] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const reading = useTypedDate(typedDate, published);

  const save = (submit: FormEvent) => {
    submit.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setMessage('A title cannot be empty; the title was not changed.');
      return;
    }
    const date = reading?.ok ? reading.date : undefined;
    dispatch({
      type: 'edit-fields',
      eventId: event.id,
      ...(trimmed !== event.title ? { title: trimmed } : {}),
      ...(category !== event.category ? { category } : {}),
      ...(date ? { date } : {}),
    });
    if (reading && !reading.ok) setMessage(reading.message);
    else {
      setMessage(null);
      setTypedDate('');
    }
  };

  return (
    // A labelled group, not a heading: the card's headings stay the event's title and "Why this date".
    <div className="event-editor" role="group" aria-labelledby={`${formId}-heading`}>
      <p id={`${formId}-heading`} className="event-editor-heading">Edit this event</p>
      <EditedByHand event={event} extracted={extracted} published={published} />
      <form id={formId} className="event-editor-form" onSubmit={save} aria-label="Edit event">
        <div className="curation-field">
          <label htmlFor={`${formId}-title`}>Title</label>
          <input id={`${formId}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="curation-field">
          <label htmlFor={`${formId}-category`}>Category</label>
          <select id={`${formId}-category`} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {CategorySchema.options.map((c) => <option key={c} value={c}>{getCategoryStyle(c).label}</option>)}
          </select>
        </div>
        <DateField label="Date" value={typedDate} onChange={setTypedDate} published={published} currentLabel={formatEventDate(event, published)} />
        <div className="event-editor-actions">
          <button type="submit" disabled={disabled}>Save changes</button>
          {!isAdded && extracted && (
            <button type="button" disabled={disabled} onClick={() => dispatch({ type: 'reset-event', eventId: event.id })}>Reset to extracted</button>
          )}
        </div>
        {message && <p role="alert" className="curation-message">{message}</p>}
      </form>
      <div className="event-editor-actions">
        <button
          type="button"
          disabled={disabled || !selection}
          title={selection ? `Use “${selection.text}” as the source` : 'Select words in the article first'}
          onClick={() => selection && dispatch({ type: 'set-sources', eventId: event.id, sources: [selection] })}
        >
          Use selected words as source
        </button>
        <button type="button" className="danger" disabled={disabled} onClick={() => dispatch({ type: 'delete', eventId: event.id })}>Delete event</button>
      </div>
      <MergeForm event={event} sortedEvents={sortedEvents} published={published} disabled={disabled} dispatch={dispatch} />
    </div>
  );
}
