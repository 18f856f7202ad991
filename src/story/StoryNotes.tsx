import type { SkippedArticle, StorySource } from './loadStorySources';
import { countDatedEvents } from './countDatedEvents';

/** Props of the notes beside the chooser. */
export interface StoryNotesProps {
  skipped: readonly SkippedArticle[];
  chosen: readonly StorySource[];
  curationProblem?: string;
  /** The library holds nothing but the built-in article. */
  onlySeed: boolean;
  /** How many articles the link names that this library does not have (deleted, or saved in another browser). */
  missingCount: number;
  onAddArticle: () => void;
}

/** What the story leaves out and why: damaged records, chosen articles without dated events, an empty library. */
export function StoryNotes({ skipped, chosen, curationProblem, onlySeed, missingCount, onAddArticle }: StoryNotesProps) {
  const undated = chosen.filter((source) => countDatedEvents(source) === 0);
  const stale = chosen.filter((source) => source.staleEditCount > 0);
  return (
    <>
      {onlySeed && (
        <div className="story-note">
          <p>Your library holds only the built-in article. Add articles to see their events on one timeline with it: the same happening reported twice becomes one mark.</p>
          <button type="button" className="app-button" onClick={onAddArticle}>Add article</button>
        </div>
      )}
      {skipped.length > 0 && (
        <div className="story-note" role="alert">
          <p>{skipped.length === 1 ? 'One saved article is' : `${skipped.length} saved articles are`} left out of the story because {skipped.length === 1 ? 'it cannot' : 'they cannot'} be read:</p>
          <ul>
            {skipped.map((article) => (
              <li key={article.key}><strong>{article.name}</strong>: {article.reason}</li>
            ))}
          </ul>
          <p>Re-extract or delete {skipped.length === 1 ? 'it' : 'them'} in the <a href="#library">library</a>.</p>
        </div>
      )}
      {undated.length > 0 && (
        <p className="story-note">
          {undated.map((source) => `“${source.name}”`).join(', ')} {undated.length === 1 ? 'has' : 'have'} no dated events, so nothing of {undated.length === 1 ? 'it' : 'them'} is on the timeline.
        </p>
      )}
      {missingCount > 0 && (
        <p className="story-note">
          {missingCount === 1 ? 'One article this link names is' : `${missingCount} articles this link names are`} not in this browser’s library (deleted, or saved in another browser).
        </p>
      )}
      {stale.map((source) => (
        <p key={source.key} className="story-note">
          {`“${source.name}”: ${source.staleEditCount === 1 ? 'one hand edit no longer applies' : `${source.staleEditCount} hand edits no longer apply`} to the article as extracted now and ${source.staleEditCount === 1 ? 'is' : 'are'} left out, as in the article’s own view.`}
        </p>
      ))}
      {curationProblem && <p className="story-note" role="status">{curationProblem}</p>}
    </>
  );
}
