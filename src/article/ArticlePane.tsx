import { memo, useEffect, useMemo, useRef } from 'react';
import type { DataFile, Mention as MentionData, Paragraph as ParagraphData } from '../model/dataFile';
import { Dateline } from './Dateline';
import { mapMentionsToEvents } from './mapMentionsToEvents';
import type { MentionTarget } from './Mention';
import { Paragraph } from './Paragraph';
import { placeSources } from './sourceHighlights';
import type { HighlightRange } from './splitParagraph';
import { useKeepMentionFocus } from './useKeepMentionFocus';
import { useProgressiveCount } from './useProgressiveCount';
import { useScrollToParagraph } from './useScrollToParagraph';
import { useVisibleParagraphs } from './useVisibleParagraphs';

/** Props of the article pane. */
export interface ArticlePaneProps {
  file: DataFile;
  selectedId: string | null;
  /** Must be stable (memoised paragraphs keep it). */
  onSelect: (eventId: string) => void;
  /** Told which paragraphs are on screen whenever that changes (drives emphasis on the timeline). */
  onParagraphsInView?: (paragraphIds: ReadonlySet<string>) => void;
}

// Shared empty values keep memoised paragraphs from re-rendering when nothing of theirs changed.
const NO_MENTIONS: readonly MentionData[] = [];
const NO_HIGHLIGHTS: readonly HighlightRange[] = [];

/** The article as printed: headline, dateline, then captions and body text, each repeat shown once. */
export const ArticlePane = memo(function ArticlePane({ file, selectedId, onSelect, onParagraphsInView }: ArticlePaneProps) {
  const rootRef = useRef<HTMLElement>(null);
  const { article, paragraphs, mentions, events } = file;

  const headline = paragraphs.find((p) => p.kind === 'headline') ?? null;
  const shown = useMemo(
    () => paragraphs.filter((p) => p !== headline && !p.repeatOf && p.kind !== 'dateline'),
    [paragraphs, headline],
  );
  const shownIds = useMemo(() => new Set([...(headline ? [headline.id] : []), ...shown.map((p) => p.id)]), [headline, shown]);

  const mentionsByParagraph = useMemo(() => {
    const byParagraph = new Map<string, MentionData[]>();
    for (const mention of mentions) byParagraph.set(mention.paragraph, [...(byParagraph.get(mention.paragraph) ?? []), mention]);
    return byParagraph;
  }, [mentions]);

  const mentionTargets = useMemo(() => {
    const titles = new Map(events.map((e) => [e.id, e.title]));
    const targets = new Map<string, MentionTarget>();
    for (const [mentionId, eventId] of mapMentionsToEvents(events, article.published)) {
      targets.set(mentionId, { eventId, eventTitle: titles.get(eventId) ?? '' });
    }
    return targets;
  }, [events, article.published]);

  const selectedEvent = useMemo(() => events.find((e) => e.id === selectedId) ?? null, [events, selectedId]);
  const { highlightsByParagraph, currentParagraphId } = useMemo(
    () => placeSources(selectedEvent, paragraphs, shownIds),
    [selectedEvent, paragraphs, shownIds],
  );

  const selectKeepingFocus = useKeepMentionFocus(rootRef, onSelect);
  // Long articles render in batches; a selected paragraph further down is rendered at once, so it can be scrolled to.
  const progressiveCount = useProgressiveCount(shown);
  const currentIndex = currentParagraphId === null ? -1 : shown.findIndex((p) => p.id === currentParagraphId);
  const renderedCount = Math.max(progressiveCount, currentIndex + 1);

  useScrollToParagraph(rootRef, currentParagraphId, selectedId);
  const inView = useVisibleParagraphs(rootRef, file, renderedCount);
  useEffect(() => onParagraphsInView?.(inView), [inView, onParagraphsInView]);

  const renderParagraph = (paragraph: ParagraphData, as: 'h1' | 'p') => (
    <Paragraph
      key={paragraph.id}
      paragraph={paragraph}
      as={as}
      mentions={mentionsByParagraph.get(paragraph.id) ?? NO_MENTIONS}
      mentionTargets={mentionTargets}
      highlights={highlightsByParagraph.get(paragraph.id) ?? NO_HIGHLIGHTS}
      isCurrent={paragraph.id === currentParagraphId}
      onSelect={selectKeepingFocus}
    />
  );

  return (
    // Focusable so keyboard users can scroll the pane once the skip link lands them here.
    <article id="article" aria-label="Article" className="article-pane" tabIndex={0} ref={rootRef}>
      <header className="article-header">
        {headline ? renderParagraph(headline, 'h1') : <h1 className="paragraph paragraph-headline">{article.title}</h1>}
        <Dateline article={article} />
      </header>
      {shown.slice(0, renderedCount).map((paragraph) => renderParagraph(paragraph, 'p'))}
    </article>
  );
});
