import type { StoryEvent } from '../model/mergeStory';
import { formatEventDate } from '../model/timeLabel';
import { articleUrl } from '../app/usePageRoute';
import { SEED_KEY, type StorySource } from './loadStorySources';

// Eight article colours (story.css), told apart from the category colours by where they are drawn: a stripe under
// the glyph, never its fill. A ninth article takes the first colour again; its name is always in the mark's name.
export const ARTICLE_COLOUR_COUNT = 8;

/** The stripe colour of the article at this position of the library (stable when others are unticked). */
export const articleColourOf = (articleIndex: number) => `var(--story-article-${articleIndex % ARTICLE_COLOUR_COUNT})`;

/** The stripe of a mark that several articles report. */
export const SEVERAL_ARTICLES_COLOUR = 'var(--story-several)';

/** Where one article's event opens: the article at its source words (the seed has its own route). */
export function eventLinkOf(articleKey: string, eventId: string): string {
  if (articleKey === SEED_KEY) return `${window.location.pathname}#event=${encodeURIComponent(eventId)}`;
  return articleUrl(articleKey, eventId);
}

/** "“Harbour bridge reopens”" and "“A” and “B”", for names read aloud. */
export function listArticleNames(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Each mark's accessible name (with the article it comes from) and stripe colour, by story event id. */
export function describeStoryMarks(events: readonly StoryEvent[], sources: readonly StorySource[]) {
  const byKey = new Map(sources.map((source, index) => [source.key, { source, index }]));
  const names = new Map<string, string>();
  const accents = new Map<string, string>();
  for (const { event, members } of events) {
    const first = members[0]!;
    const article = byKey.get(first.articleKey);
    const date = formatEventDate(first.event, article?.source.published ?? '');
    if (members.length === 1) {
      names.set(event.id, `${date}: ${event.title}, from ${listArticleNames([article?.source.name ?? first.articleKey])}`);
      accents.set(event.id, articleColourOf(article?.index ?? 0));
    } else {
      const articleNames = [...new Set(members.map((m) => byKey.get(m.articleKey)?.source.name ?? m.articleKey))];
      names.set(event.id, `${date}: ${event.title}, reported by ${articleNames.length} articles: ${listArticleNames(articleNames)}`);
      accents.set(event.id, SEVERAL_ARTICLES_COLOUR);
    }
  }
  return { names, accents };
}
