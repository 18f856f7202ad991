import { describe, expect, it } from 'vitest';
import { mergeStory, resolveAgainstArticle, type StoryArticle } from '../../../src/model/mergeStory';
import { buildTimelineEvent as ev } from '../../helpers/buildTimelineEvent';

const bridgeNews: StoryArticle = {
  key: 'aaa111', name: 'Harbour bridge reopens', published: '2024-03-14',
  events: [
    ev({ id: 'reopen', title: 'Harbour bridge reopens to traffic', start: '2024-03-12' }),
    ev({ id: 'repairs', title: 'Repairs begin', start: '2022-09' }),
    ev({ id: 'toll-vote', title: 'Council votes on toll', start: '2024-05' }),
  ],
};
const cityPaper: StoryArticle = {
  key: 'bbb222', name: 'Portvale bridge open again', published: '2024-03-15',
  events: [
    ev({ id: 'opened', title: 'Harbour bridge reopened', start: '2024-03-12' }),
    ev({ id: 'budget-vote', title: 'Council votes on budget', start: '2024-05' }),
    ev({ id: 'cracks', title: 'Engineers find cracks', start: '2023-06' }),
  ],
};

const shape = (articles: StoryArticle[]): [string, string[]][] =>
  mergeStory(articles).events.map((e) => [e.event.id, e.members.map((m) => `${m.articleKey}:${m.event.id}`)]);

describe('mergeStory', () => {
  it('gives every event a story-wide id and groups the same happening reported by two articles into one mark', () => {
    expect(shape([bridgeNews, cityPaper])).toEqual([
      ['aaa111~reopen', ['aaa111:reopen', 'bbb222:opened']],
      ['aaa111~repairs', ['aaa111:repairs']],
      ['aaa111~toll-vote', ['aaa111:toll-vote']],
      ['bbb222~budget-vote', ['bbb222:budget-vote']],
      ['bbb222~cracks', ['bbb222:cracks']],
    ]);
  });

  it('keeps the first article’s event (title, dates, category) for a group mark, and counts the articles', () => {
    const story = mergeStory([bridgeNews, cityPaper]);
    const group = story.events[0]!;
    expect(group.event.title).toBe('Harbour bridge reopens to traffic');
    expect(group.event.start).toBe('2024-03-12');
    expect(group.members.map((m) => m.articleIndex)).toEqual([0, 1]);
    expect(story.published).toBe('');
  });

  it('marks the publication day on the axis only when every article shares it', () => {
    expect(mergeStory([bridgeNews]).published).toBe('2024-03-14');
    expect(mergeStory([bridgeNews, { ...cityPaper, published: '2024-03-14' }]).published).toBe('2024-03-14');
    expect(mergeStory([bridgeNews, cityPaper]).published).toBe('');
  });

  it('does not group alike titles whose dates differ, or overlap at another precision', () => {
    const otherDay: StoryArticle = { ...cityPaper, events: [ev({ id: 'opened', title: 'Harbour bridge reopened', start: '2024-03-13' })] };
    const monthOnly: StoryArticle = { ...cityPaper, events: [ev({ id: 'opened', title: 'Harbour bridge reopened', start: '2024-03' })] };
    expect(shape([bridgeNews, otherDay]).filter(([, members]) => members.length > 1)).toEqual([]);
    expect(shape([bridgeNews, monthOnly]).filter(([, members]) => members.length > 1)).toEqual([]);
  });

  it('groups a month event with a range of months that covers it, when the titles agree', () => {
    const range: StoryArticle = { ...cityPaper, events: [ev({ id: 'works', title: 'Repairs begin on the bridge', start: '2022-08', end: '2022-10', granularity: 'month' })] };
    expect(shape([bridgeNews, range])[1]).toEqual(['aaa111~repairs', ['aaa111:repairs', 'bbb222:works']]);
  });

  it('never groups two events of the same article', () => {
    const twice: StoryArticle = { ...bridgeNews, events: [bridgeNews.events[0]!, ev({ id: 'reopen-2', title: 'Harbour bridge reopened to traffic', start: '2024-03-12' })] };
    expect(shape([twice])).toEqual([['aaa111~reopen', ['aaa111:reopen']], ['aaa111~reopen-2', ['aaa111:reopen-2']]]);
  });

  it('joins three reports of one happening into one group', () => {
    const third: StoryArticle = { key: 'ccc333', name: 'Radio', published: '2024-03-12', events: [ev({ id: 'r', title: 'Harbour bridge reopens', start: '2024-03-12' })] };
    expect(shape([bridgeNews, cityPaper, third])[0]).toEqual(['aaa111~reopen', ['aaa111:reopen', 'bbb222:opened', 'ccc333:r']]);
  });

  it('merges nothing into nothing', () => {
    expect(mergeStory([])).toEqual({ events: [], published: '' });
  });
});

describe('resolveAgainstArticle', () => {
  it('puts "now" on the article’s own publication day', () => {
    const now = resolveAgainstArticle(ev({ id: 'n', title: 'Talks go on', start: '2023-01', end: 'PRESENT_REF', granularity: 'month' }), '2023-04-18', 's~n');
    expect([now.id, now.start, now.end]).toEqual(['s~n', '2023-01', '2023-04-18']);
  });
  it('runs an event "after publication" on from the article’s publication day', () => {
    const future = resolveAgainstArticle(ev({ id: 'f', title: 'Counteroffensive', start: 'FUTURE_REF', granularity: 'day' }), '2023-04-18', 's~f');
    expect([future.start, future.end, future.granularity, future.ongoing]).toEqual(['2023-04-18', undefined, 'day', true]);
  });
});
