import { describe, expect, it } from 'vitest';
import { mergeStory } from '../../../src/model/mergeStory';
import type { StorySource } from '../../../src/story/loadStorySources';
import { describeStoryMarks, eventLinkOf, listArticleNames } from '../../../src/story/storyMarks';
import { buildTimelineEvent as ev } from '../../helpers/buildTimelineEvent';

const sources: StorySource[] = [
  { key: 'seed', name: 'Putin visits troops', published: '2023-04-18', staleEditCount: 0, events: [ev({ id: 'easter', title: 'Orthodox Easter', start: '2023-04-16' }), ev({ id: 'offensive', title: 'Counteroffensive', start: 'FUTURE_REF', granularity: 'day' })] },
  { key: 'aaa111', name: 'Easter in Kyiv', published: '2023-04-17', staleEditCount: 0, events: [ev({ id: 'easter-day', title: 'Orthodox Easter celebrated', start: '2023-04-16' })] },
];

describe('describeStoryMarks', () => {
  it('names a mark with its date, title and article, and a group with every article; stripes by article, or the group stripe', () => {
    const story = mergeStory(sources);
    const { names, accents } = describeStoryMarks(story.events, sources);
    expect([...names]).toEqual([
      ['seed~easter', '16 April 2023: Orthodox Easter, reported by 2 articles: “Putin visits troops” and “Easter in Kyiv”'],
      ['seed~offensive', 'after 18 April 2023: Counteroffensive, from “Putin visits troops”'],
    ]);
    expect([...accents]).toEqual([['seed~easter', 'var(--story-several)'], ['seed~offensive', 'var(--story-article-0)']]);
  });
});

describe('eventLinkOf', () => {
  it('opens the built-in article on its own route and a saved one at #article=', () => {
    window.history.replaceState(null, '', '/#story');
    expect(eventLinkOf('seed', 'easter')).toBe('/#event=easter');
    expect(eventLinkOf('aaa111', 'easter-day')).toBe('/#article=aaa111&event=easter-day');
  });
});

describe('listArticleNames', () => {
  it('quotes one, two or three names in a sentence', () => {
    expect(listArticleNames(['A'])).toBe('“A”');
    expect(listArticleNames(['A', 'B'])).toBe('“A” and “B”');
    expect(listArticleNames(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });
});
