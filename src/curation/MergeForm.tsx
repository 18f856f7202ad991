import { useId, useMemo, useState } from 'react';
import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';
import type { CurationAction } from './curationActions';
import { findMergeCandidates, MERGE_CHOICES } from './mergeCandidates';

/** Props of the merge part of the event editor. */
export interface MergeFormProps {
  event: TimelineEvent;
  /** Every event in time order (see sortForMerging), the selected one among them. */
  sortedEvents: readonly TimelineEvent[];
  published: string;
  disabled: boolean;
  dispatch: (action: CurationAction) => void;
}

/**
 * Merge another event into the selected one: a list of the events nearest in time, and, in a long story, a search
 * over every title and date, so the list stays short however many events there are.
 */
export function MergeForm({ event, sortedEvents, published, disabled, dispatch }: MergeFormProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [mergeId, setMergeId] = useState('');
  const othersCount = sortedEvents.length - 1;
  const candidates = useMemo(() => findMergeCandidates(sortedEvents, event, search), [sortedEvents, event, search]);
  const searchable = othersCount > MERGE_CHOICES;
  if (othersCount < 1) return null;

  return (
    <form
      className="event-editor-merge"
      onSubmit={(submit) => {
        submit.preventDefault();
        if (mergeId) dispatch({ type: 'merge', keepId: event.id, mergeId });
        setMergeId('');
      }}
    >
      {searchable && (
        <>
          <label htmlFor={`${id}-search`}>Find an event to merge</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            aria-describedby={`${id}-hint`}
            onChange={(change) => {
              setSearch(change.target.value);
              setMergeId('');
            }}
          />
          <p id={`${id}-hint`} className="curation-hint">
            {search.trim()
              ? `${candidates.length === MERGE_CHOICES ? `The first ${MERGE_CHOICES}` : candidates.length} of ${othersCount.toLocaleString('en-GB')} events match.`
              : `The ${MERGE_CHOICES} events nearest in time are listed; type words of a title or a date (2021-05) to find others.`}
          </p>
        </>
      )}
      <label htmlFor={`${id}-merge`}>Merge into this event</label>
      <select id={`${id}-merge`} value={mergeId} onChange={(change) => setMergeId(change.target.value)}>
        <option value="">{candidates.length ? 'Choose an event…' : 'No event matches'}</option>
        {candidates.map((e) => <option key={e.id} value={e.id}>{`${formatEventDate(e, published)}: ${e.title}`}</option>)}
      </select>
      <button type="submit" disabled={disabled || !mergeId}>Merge (keep this title)</button>
    </form>
  );
}
