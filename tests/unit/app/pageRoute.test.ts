import { describe, expect, it } from 'vitest';
import { readPageRoute, storyUrl } from '../../../src/app/usePageRoute';
import { readEventIdFromHash, writeEventIdToUrl } from '../../../src/app/useSelection';

describe('readPageRoute', () => {
  it.each([
    ['', { view: 'data-file' }],
    ['#event=putin-visits-kherson', { view: 'data-file' }],
    ['#article', { view: 'data-file' }],
    ['#library', { view: 'library' }],
    ['#article=3f2a9c1b7d4e', { view: 'article', articleId: '3f2a9c1b7d4e' }],
    ['#article=3f2a9c1b7d4e&event=council-vote', { view: 'article', articleId: '3f2a9c1b7d4e' }],
    ['#story', { view: 'story', articleKeys: null }],
    ['#story&event=seed~easter', { view: 'story', articleKeys: null }],
    ['#story=', { view: 'story', articleKeys: [] }],
    ['#story=seed,3f2a9c1b7d4e', { view: 'story', articleKeys: ['seed', '3f2a9c1b7d4e'] }],
    ['#story=seed&event=seed~easter', { view: 'story', articleKeys: ['seed'] }],
    ['#storyline', { view: 'data-file' }],
  ])('reads %j as %j', (hash, route) => {
    expect(readPageRoute(hash)).toEqual(route);
  });
});

describe('writeEventIdToUrl keeps the open article', () => {
  const page = { pathname: '/', search: '' };

  it('writes #article=<id>&event=<id> for a saved article', () => {
    expect(writeEventIdToUrl({ ...page, hash: '#article=3f2a9c1b7d4e' }, 'council-vote')).toBe('/#article=3f2a9c1b7d4e&event=council-vote');
  });

  it('keeps #article=<id> alone when the selection is cleared', () => {
    expect(writeEventIdToUrl({ ...page, hash: '#article=3f2a9c1b7d4e&event=council-vote' }, null)).toBe('/#article=3f2a9c1b7d4e');
  });

  it('leaves the seed’s plain URL and #event= as they were, with ?data= kept', () => {
    expect(writeEventIdToUrl({ pathname: '/', search: '?data=other.events.json', hash: '' }, 'council-vote')).toBe('/?data=other.events.json#event=council-vote');
    expect(writeEventIdToUrl({ ...page, hash: '#event=council-vote' }, null)).toBe('/');
  });

  it('reads the event of a saved article’s URL', () => {
    expect(readEventIdFromHash('#article=3f2a9c1b7d4e&event=council-vote')).toBe('council-vote');
  });
});

describe('storyUrl', () => {
  it('writes every article as #story, a choice as #story=<keys>, and the selected event after it', () => {
    window.history.replaceState(null, '', '/?data=other.events.json#library');
    expect(storyUrl(null)).toBe('/?data=other.events.json#story');
    expect(storyUrl([])).toBe('/?data=other.events.json#story=');
    expect(storyUrl(['seed', '3f2a9c1b7d4e'], 'seed~easter')).toBe('/?data=other.events.json#story=seed,3f2a9c1b7d4e&event=seed~easter');
  });
});
