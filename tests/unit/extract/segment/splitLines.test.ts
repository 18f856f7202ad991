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

describe('splitLines on input without lines', () => {
  it('returns nothing for an empty text', () => {
    expect(splitLines('')).toEqual([]);
  });

  it('treats lines of spaces and tabs as empty', () => {
    expect(splitLines('  \n\t\r\n')).toEqual([]);
  });
});
