import type { StorySource } from './loadStorySources';
import { ARTICLE_COLOUR_COUNT, articleColourOf, SEVERAL_ARTICLES_COLOUR } from './storyMarks';

/** Props of the article legend. */
export interface StoryLegendProps {
  /** The chosen articles. */
  articles: readonly StorySource[];
  /** Every readable article in library order: an article's colour follows its place there. */
  allSources: readonly StorySource[];
}

/** Which stripe under a mark stands for which article (the glyph's colour and shape stay the category's). */
export function StoryLegend({ articles, allSources }: StoryLegendProps) {
  const indexOf = new Map(allSources.map((source, index) => [source.key, index]));
  // Past the palette the chooser's swatches are the key: a legend of twenty names would push the timeline away.
  const named = articles.length <= ARTICLE_COLOUR_COUNT ? articles : [];
  return (
    <div className="story-legend">
      <p className="story-legend-hint">The stripe under a mark names its article; the mark’s colour and shape are its category.</p>
      <ul aria-label="Articles by stripe colour">
        {named.map((article) => (
          <li key={article.key}>
            <span className="story-stripe" style={{ background: articleColourOf(indexOf.get(article.key) ?? 0) }} aria-hidden="true" />
            {article.name}
          </li>
        ))}
        <li>
          <span className="story-stripe" style={{ background: SEVERAL_ARTICLES_COLOUR }} aria-hidden="true" />
          Reported by several articles
        </li>
      </ul>
      {named.length < articles.length && (
        <p className="story-legend-hint">{`Stripe colours are shown beside each article in the list; with ${articles.length} articles they repeat after ${ARTICLE_COLOUR_COUNT}, and every mark’s name and card say which article it is from.`}</p>
      )}
    </div>
  );
}
