import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { LoadingStatus } from '../app/LoadingStatus';
import { navigateTo, storyUrl } from '../app/usePageRoute';
import { dataFileQueryOptions } from '../data/dataFileQuery';
import { useOpenAddArticle } from '../library/addArticleContext';
import { useLibrarySync } from '../library/libraryQueries';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { mergeStory } from '../model/mergeStory';
import { Timeline } from '../timeline/Timeline';
import { eventIdOf } from '../timeline/useMarkKeyboard';
import type { StorySource } from './loadStorySources';
import { StoryCard } from './StoryCard';
import { StoryChooser } from './StoryChooser';
import { StoryLegend } from './StoryLegend';
import { StoryNotes } from './StoryNotes';
import { countDatedEvents } from './countDatedEvents';
import { librarySourcesQuery, seedSourceQuery } from './storyQueries';
import { describeStoryMarks, eventLinkOf } from './storyMarks';
import { useStorySelection } from './useStorySelection';
import './story.css';

const NOTHING_EMPHASISED: ReadonlySet<string> = new Set();

/** Props of the story view: the articles the URL chose (null: every one). */
export interface StoryViewProps {
  articleKeys: string[] | null;
}

/**
 * The story across the library (`#story`): the chosen articles' events, with their hand edits, merged into one
 * timeline; each article has its colour, one happening reported by several articles is one mark, and a mark
 * opens its article at the source words.
 */
export function StoryView({ articleKeys }: StoryViewProps) {
  useLibrarySync();
  const openAddArticle = useOpenAddArticle();
  const seedFile = useQuery(dataFileQueryOptions({ search: '', href: window.location.href }));
  const seed = useQuery(seedSourceQuery(seedFile.data));
  const library = useQuery(librarySourcesQuery());

  useEffect(() => {
    document.title = 'Story across your library · Dateline';
  }, []);

  const sources = useMemo<StorySource[]>(
    () => [...(seed.data ? [seed.data] : []), ...(library.data?.sources ?? [])],
    [seed.data, library.data],
  );
  const chooserArticles = useMemo(() => sources.map((s) => ({ key: s.key, name: s.name, datedCount: countDatedEvents(s) })), [sources]);
  const chosen = useMemo(() => new Set(articleKeys ?? sources.map((s) => s.key)), [articleKeys, sources]);
  const story = useMemo(() => mergeStory(sources.filter((s) => chosen.has(s.key))), [sources, chosen]);
  const events = useMemo(() => story.events.map((e) => e.event), [story]);
  const byId = useMemo(() => new Map(story.events.map((e) => [e.event.id, e])), [story]);
  const marks = useMemo(() => describeStoryMarks(story.events, sources), [story, sources]);
  const { selectedId, select } = useStorySelection(articleKeys, byId);
  const selected = selectedId ? byId.get(selectedId) ?? null : null;

  // A mark of one article opens that article at its source words; a group shows its card, which links to each.
  const openIfSingle = useCallback((target: EventTarget | null) => {
    const storyEvent = byId.get(eventIdOf(target) ?? '');
    const only = storyEvent?.members.length === 1 ? storyEvent.members[0] : undefined;
    if (only) navigateTo(eventLinkOf(only.articleKey, only.event.id));
  }, [byId]);
  const handleClick = useCallback((event: MouseEvent) => openIfSingle(event.target), [openIfSingle]);
  const handleKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key === 'Enter') openIfSingle(event.target);
  }, [openIfSingle]);

  // The seed's hand edits load after its file: until then it would flicker out of the chooser.
  const loading = seedFile.isPending || (seedFile.isSuccess && seed.isPending) || library.isPending;
  const onlySeed = library.data !== undefined && library.data.sources.length === 0 && library.data.skipped.length === 0;
  const chosenSources = sources.filter((s) => chosen.has(s.key));
  const missingCount = loading ? 0 : (articleKeys ?? []).filter((key) => !sources.some((s) => s.key === key)).length;

  return (
    <main className="story" id="story">
      <div className="story-head">
        <h1>Story across your library</h1>
        <p>{`${story.events.length.toLocaleString('en-GB')} ${story.events.length === 1 ? 'event' : 'events'} from ${chosenSources.length} ${chosenSources.length === 1 ? 'article' : 'articles'}`}</p>
      </div>
      {library.isError && <p role="alert" className="library-warning">The library could not be read: {library.error.message}</p>}
      {seedFile.isError && <p role="alert" className="library-warning">The built-in article could not be loaded: {seedFile.error.message}</p>}
      {loading ? (
        <LoadingStatus />
      ) : (
        <div className="story-body">
          <div className="story-side">
            <StoryChooser articles={chooserArticles} chosen={chosen} onChange={(keys) => navigateTo(storyUrl(keys))} />
            <StoryNotes
              skipped={library.data?.skipped ?? []}
              chosen={chosenSources}
              curationProblem={library.data?.curationProblem}
              onlySeed={onlySeed}
              missingCount={missingCount}
              onAddArticle={() => openAddArticle()}
            />
          </div>
          <div className="story-main">
            {chosenSources.length === 0 ? (
              <p className="story-empty" role="status">No article is chosen. Tick one or more articles, or All, to see their events on one timeline.</p>
            ) : (
              <>
                <StoryLegend articles={chosenSources} allSources={sources} />
                <div className="story-timeline" onClick={handleClick} onKeyDown={handleKeyDown}>
                  <ErrorBoundary title="The timeline could not be drawn" headingLevel={2}>
                    <Timeline
                      events={events}
                      published={story.published}
                      selectedId={selectedId}
                      emphasisedIds={NOTHING_EMPHASISED}
                      onSelect={select}
                      eventNames={marks.names}
                      accents={marks.accents}
                    />
                  </ErrorBoundary>
                </div>
                <StoryCard storyEvent={selected} sources={sources} />
              </>
            )}
          </div>
        </div>
      )}
    </main>
  );
}
