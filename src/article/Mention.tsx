import { memo } from 'react';

/** The event a mention selects, with its title for the tooltip. */
export interface MentionTarget {
  eventId: string;
  eventTitle: string;
}

/** Props of one temporal mention (or one part of it) inside a paragraph. */
export interface MentionProps {
  mentionId: string;
  text: string;
  /** The event this mention selects; null when it dates no event. */
  target: MentionTarget | null;
  /** A later part of a mention cut by a highlight's edge: clickable by mouse, but only the first part takes focus. */
  continued: boolean;
  onSelect: (eventId: string) => void;
}

/** A temporal expression in the text: a button that selects its event, or plain marked text when it dates none. */
export const Mention = memo(function Mention({ mentionId, text, target, continued, onSelect }: MentionProps) {
  if (!target) {
    return <span className="mention" data-mention-id={mentionId}>{text}</span>;
  }
  if (continued) {
    return (
      <span className="mention mention-continued" data-event-id={target.eventId} onClick={() => onSelect(target.eventId)}>
        {text}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="mention"
      data-mention-id={mentionId}
      data-event-id={target.eventId}
      title={`Show on the timeline: ${target.eventTitle}`}
      onClick={() => onSelect(target.eventId)}
    >
      {text}
    </button>
  );
});
