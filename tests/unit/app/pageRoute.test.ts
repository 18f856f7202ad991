import { describe, expect, it } from 'vitest';
import { readPageRoute } from '../../../src/app/usePageRoute';
import { readEventIdFromHash, writeEventIdToUrl } from '../../../src/app/useSelection';

describe('readPageRoute', () => {
  it.each([
    ['', { view: 'data-file' }],
    ['#event=putin-visits-kherson', { view: 'data-file' }],
    ['#article', { view: 'data-file' }],
    ['#library', { view: 'library' }],
    ['#article=3f2a9c1b7d4e', { view: 'article', articleId: '3f2a9c1b7d4e' }],
    ['#article=3f2a9c1b7d4e&event=council-vote', { view: 'article', articleId: '3f2a9c1b7d4e' }],
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
