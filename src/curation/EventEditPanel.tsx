import { useCallback, useMemo } from 'react';
import type { Span, TimelineEvent } from '../model/dataFile';
import { AddFromSelection } from './AddFromSelection';
import type { CurationAction } from './curationActions';
import { EventEditor } from './EventEditor';
import { sortForMerging } from './mergeCandidates';
import type { Curation } from './useCuration';

/** Props of the editing part of the card. */
export interface EventEditPanelProps {
  curation: Curation;
  /** Every extracted event id, so an added event never takes one. */
  extractedIds: ReadonlySet<string>;
  selectedEvent: TimelineEvent | null;
  selection: Span | null;
  /** Open when the reader asked to add an event from the selection. */
  adding: boolean;
  onAddingDone: () => void;
  onSelect: (eventId: string | null) => void;
}

/** The add form (when adding) and the editor of the selected event, under the card's facts. */
export function EventEditPanel({ curation, extractedIds, selectedEvent, selection, adding, onAddingDone, onSelect }: EventEditPanelProps) {
  const { file, dispatch: curationDispatch, ready, extractedById, addedIds } = curation;
  // Sorted once per change of the events, not once per selected event.
  const sortedEvents = useMemo(() => sortForMerging(file.events), [file.events]);
  const takenIds = useMemo(() => new Set([...extractedIds, ...file.events.map((e) => e.id)]), [extractedIds, file.events]);
  const dispatch = useCallback((action: CurationAction) => {
    curationDispatch(action);
    // A deleted or merged-away event cannot stay selected.
    if (action.type === 'delete') onSelect(null);
  }, [curationDispatch, onSelect]);
  const published = file.article.published;
  return (
    <>
      {adding && selection && (
        <AddFromSelection
          key={`${selection.paragraph}:${selection.start}:${selection.end}`}
          span={selection}
          file={file}
          takenIds={takenIds}
          disabled={!ready}
          dispatch={dispatch}
          onDone={(eventId) => {
            onAddingDone();
            if (eventId) onSelect(eventId);
          }}
        />
      )}
      {selectedEvent && !adding && (
        <EventEditor
          // A new key when the event changes under the form (undo, redo, another event): the fields start afresh.
          key={`${selectedEvent.id}:${selectedEvent.title}:${selectedEvent.category}:${selectedEvent.edtf}`}
          event={selectedEvent}
          extracted={extractedById.get(selectedEvent.id)}
          isAdded={addedIds.has(selectedEvent.id)}
          sortedEvents={sortedEvents}
          published={published}
          selection={selection}
          disabled={!ready}
          dispatch={dispatch}
        />
      )}
    </>
  );
}
