import { useId } from 'react';
import { formatEventCount } from '../library/formatLibraryDates';
import { articleColourOf } from './storyMarks';

/** One article the reader can put in the story or leave out. */
export interface ChooserArticle {
  key: string;
  name: string;
  /** Events that have a place in time (the ones the story can draw). */
  datedCount: number;
}

/** Props of the article chooser. */
export interface StoryChooserProps {
  /** Every readable article, in library order (its colour follows its position). */
  articles: readonly ChooserArticle[];
  chosen: ReadonlySet<string>;
  /** The new choice in library order, or null for every article. */
  onChange: (keys: string[] | null) => void;
}

/** Checkboxes naming each article with its event count, and All / None: which articles the story merges. */
export function StoryChooser({ articles, chosen, onChange }: StoryChooserProps) {
  const headingId = useId();
  const toggle = (key: string) => {
    const next = articles.filter((a) => (a.key === key ? !chosen.has(key) : chosen.has(a.key))).map((a) => a.key);
    onChange(next.length === articles.length ? null : next);
  };
  const chosenCount = articles.filter((a) => chosen.has(a.key)).length;
  return (
    <fieldset className="story-chooser" aria-describedby={headingId}>
      <legend>Articles in the story</legend>
      <p id={headingId} className="story-chooser-count">{`${chosenCount} of ${articles.length} chosen`}</p>
      <div className="story-chooser-actions">
        <button type="button" className="app-button app-button-quiet" disabled={chosenCount === articles.length} onClick={() => onChange(null)}>All</button>
        <button type="button" className="app-button app-button-quiet" disabled={chosenCount === 0} onClick={() => onChange([])}>None</button>
      </div>
      <ul className="story-chooser-list">
        {articles.map((article, index) => (
          <li key={article.key}>
            <label>
              <input type="checkbox" checked={chosen.has(article.key)} onChange={() => toggle(article.key)} />
              <span className="story-swatch" style={{ background: articleColourOf(index) }} aria-hidden="true" />
              <span className="story-chooser-name">{article.name}</span>{' '}
              <span className="story-chooser-facts">({article.datedCount === 0 ? 'no dated events' : formatEventCount(article.datedCount)})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
