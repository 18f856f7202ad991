import { describe, expect, it } from 'vitest';
import { splitParagraph } from '../../../src/article/splitParagraph';

const TEXT = 'Work began in March 2018, when the lamp was taken down.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('splitParagraph', () => {
  it('returns the whole text as one piece when there is nothing to mark', () => {
    expect(splitParagraph(TEXT, [])).toEqual([{ kind: 'text', text: TEXT }]);
  });

  it('cuts a mention out of the text', () => {
    expect(splitParagraph(TEXT, [{ id: 'm1', ...at('March 2018') }])).toEqual([
      { kind: 'text', text: 'Work began in ' },
      { kind: 'mention', mentionId: 'm1', text: 'March 2018', continued: false },
      { kind: 'text', text: ', when the lamp was taken down.' },
    ]);
  });

  it('puts a mention inside a highlight that contains it', () => {
    expect(splitParagraph(TEXT, [{ id: 'm1', ...at('March 2018') }], [{ ...at('Work began in March 2018'), index: 0 }])).toEqual([
      {
        kind: 'highlight',
        index: 0,
        children: [
          { kind: 'text', text: 'Work began in ' },
          { kind: 'mention', mentionId: 'm1', text: 'March 2018', continued: false },
        ],
      },
      { kind: 'text', text: ', when the lamp was taken down.' },
    ]);
  });

  it('cuts a mention that crosses the end of a highlight in two, the second part continued', () => {
    expect(splitParagraph(TEXT, [{ id: 'm1', ...at('March 2018') }], [{ ...at('Work began in March'), index: 0 }])).toEqual([
      {
        kind: 'highlight',
        index: 0,
        children: [
          { kind: 'text', text: 'Work began in ' },
          { kind: 'mention', mentionId: 'm1', text: 'March', continued: false },
        ],
      },
      { kind: 'mention', mentionId: 'm1', text: ' 2018', continued: true },
      { kind: 'text', text: ', when the lamp was taken down.' },
    ]);
  });

  it('cuts a mention that crosses the start of a highlight, keeping one unbroken highlight', () => {
    const pieces = splitParagraph(TEXT, [{ id: 'm1', ...at('March 2018') }], [{ ...at('2018, when'), index: 0 }]);
    expect(pieces).toEqual([
      { kind: 'text', text: 'Work began in ' },
      { kind: 'mention', mentionId: 'm1', text: 'March ', continued: false },
      {
        kind: 'highlight',
        index: 0,
        children: [
          { kind: 'mention', mentionId: 'm1', text: '2018', continued: true },
          { kind: 'text', text: ', when' },
        ],
      },
      { kind: 'text', text: ' the lamp was taken down.' },
    ]);
  });

  it('keeps a highlight that lies inside a mention as one element', () => {
    const pieces = splitParagraph(TEXT, [{ id: 'm1', ...at('March 2018') }], [{ ...at('rch 20'), index: 0 }]);
    expect(pieces.filter((p) => p.kind === 'highlight')).toEqual([
      { kind: 'highlight', index: 0, children: [{ kind: 'mention', mentionId: 'm1', text: 'rch 20', continued: true }] },
    ]);
    expect(pieces.map((p) => (p.kind === 'highlight' ? p.children.map((c) => c.text).join('') : p.text)).join('')).toBe(TEXT);
  });

  it('gives a later overlapping mention only what is left of it', () => {
    expect(splitParagraph(TEXT, [{ id: 'm2', ...at('2018, when') }, { id: 'm1', ...at('March 2018') }])).toEqual([
      { kind: 'text', text: 'Work began in ' },
      { kind: 'mention', mentionId: 'm1', text: 'March 2018', continued: false },
      { kind: 'mention', mentionId: 'm2', text: ', when', continued: false },
      { kind: 'text', text: ' the lamp was taken down.' },
    ]);
  });

  it('drops a mention wholly inside a longer one (buttons cannot nest)', () => {
    expect(splitParagraph(TEXT, [{ id: 'inner', ...at('2018') }, { id: 'outer', ...at('March 2018') }])).toEqual([
      { kind: 'text', text: 'Work began in ' },
      { kind: 'mention', mentionId: 'outer', text: 'March 2018', continued: false },
      { kind: 'text', text: ', when the lamp was taken down.' },
    ]);
  });

  it('merges overlapping highlights into one that keeps the lower source index', () => {
    const pieces = splitParagraph(TEXT, [], [{ ...at('the lamp'), index: 2 }, { ...at('lamp was taken'), index: 1 }]);
    expect(pieces).toEqual([
      { kind: 'text', text: 'Work began in March 2018, when ' },
      { kind: 'highlight', index: 1, children: [{ kind: 'text', text: 'the lamp was taken' }] },
      { kind: 'text', text: ' down.' },
    ]);
  });

  it('keeps separate highlights apart', () => {
    const pieces = splitParagraph(TEXT, [], [{ ...at('Work'), index: 0 }, { ...at('lamp'), index: 1 }]);
    expect(pieces.map((p) => p.kind)).toEqual(['highlight', 'text', 'highlight', 'text']);
  });

  it('clips spans that run past the end of the text', () => {
    expect(splitParagraph('in May', [{ id: 'm1', start: 3, end: 99 }])).toEqual([
      { kind: 'text', text: 'in ' },
      { kind: 'mention', mentionId: 'm1', text: 'May', continued: false },
    ]);
  });
});

describe('splitParagraph ignores spans that cover nothing', () => {
  it('ignores empty and reversed spans', () => {
    expect(splitParagraph(TEXT, [{ id: 'm1', start: 5, end: 5 }, { id: 'm2', start: 9, end: 3 }], [{ start: 7, end: 2, index: 0 }])).toEqual([
      { kind: 'text', text: TEXT },
    ]);
  });

  it('ignores spans wholly beyond the text', () => {
    expect(splitParagraph('in May', [{ id: 'm1', start: 10, end: 14 }])).toEqual([{ kind: 'text', text: 'in May' }]);
  });
});
