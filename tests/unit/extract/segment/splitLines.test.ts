import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../src/extract/segment/splitLines';

describe('splitLines', () => {
  it('keeps each non-empty line verbatim with its offset in the source', () => {
    expect(splitLines(' date 2023-04-18 World\nHeadline\n\n9:25pm\n')).toEqual([
      { text: ' date 2023-04-18 World', offset: 0 },
      { text: 'Headline', offset: 23 },
      { text: '9:25pm', offset: 33 },
    ]);
  });

  it('removes only a trailing carriage return so offsets still point into the source', () => {
    const source = 'One\r\n\r\n  Two  \r\n';
    const lines = splitLines(source);
    expect(lines).toEqual([{ text: 'One', offset: 0 }, { text: '  Two  ', offset: 7 }]);
    expect(source.slice(lines[1]!.offset, lines[1]!.offset + lines[1]!.text.length)).toBe('  Two  ');
  });
});

describe('splitLines treats LF, CRLF and a bare CR alike', () => {
  it('splits an old Mac file at bare carriage returns, offsets pointing into the source', () => {
    const source = 'One\r\r  Two  \rThree';
    const lines = splitLines(source);
    expect(lines).toEqual([{ text: 'One', offset: 0 }, { text: '  Two  ', offset: 5 }, { text: 'Three', offset: 13 }]);
    expect(lines.map((l) => source.slice(l.offset, l.offset + l.text.length))).toEqual(['One', '  Two  ', 'Three']);
  });

  it('gives the same lines for the three endings and for a mixed file', () => {
    const texts = ['A\nB\n\nC', 'A\r\nB\r\n\r\nC', 'A\rB\r\rC', 'A\rB\r\n\nC'];
    expect(texts.map((t) => splitLines(t).map((l) => l.text))).toEqual(texts.map(() => ['A', 'B', 'C']));
  });
});

describe('splitLines on input without lines', () => {
  it('returns nothing for an empty text', () => {
    expect(splitLines('')).toEqual([]);
  });

  it('treats lines of spaces and tabs as empty', () => {
    expect(splitLines('  \n\t\r\n')).toEqual([]);
  });
});
