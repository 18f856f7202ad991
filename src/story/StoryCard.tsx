import type { StoryEvent } from '../model/mergeStory';
import { formatEventDateLong } from '../model/timeLabel';
import type { StorySource } from './loadStorySources';
import { articleColourOf, eventLinkOf } from './storyMarks';

/** Props of the story's event card. */
export interface StoryCardProps {
  storyEvent: StoryEvent | null;
  /** Every readable article in library order (for names, colours and publication days). */
  sources: readonly StorySource[];
}

/** The selected story event: each article's title, date and source words, with a link to that article at them. */
export function StoryCard({ storyEvent, sources }: StoryCardProps) {
  const byKey = new Map(sources.map((source, index) => [source.key, { source, index }]));
  return (
    <section aria-label="Selected event" className="event-card story-card" tabIndex={0}>
      {storyEvent ? (
        <>
          <h2 className="event-card-title">{storyEvent.event.title}</h2>
          {storyEvent.members.length > 1 && <p className="story-card-count">{`Reported by ${storyEvent.members.length} articles`}</p>}
          <ul className="story-card-reports">
            {storyEvent.members.map(({ articleKey, event }) => {
              const article = byKey.get(articleKey);
              const name = article?.source.name ?? articleKey;
              return (
                <li key={`${articleKey}~${event.id}`}>
                  <p className="story-card-article">
                    <span className="story-swatch" style={{ background: articleColourOf(article?.index ?? 0) }} aria-hidden="true" />
                    {name}
                  </p>
                  <p className="story-card-title">{event.title} · {formatEventDateLong(event, article?.source.published ?? '')}</p>
                  {event.sources.map((source, index) => (
                    <blockquote key={index} className="event-card-quote">{source.text}</blockquote>
                  ))}
                  <a href={eventLinkOf(articleKey, event.id)}>{`Open “${name}” at these words`}</a>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="event-card-hint">Choose an event on the timeline to see which articles report it; click one to open its article at the source words.</p>
      )}
    </section>
  );
}
