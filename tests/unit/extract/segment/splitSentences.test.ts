import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/extract/segment/splitSentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits the quoted remarks of the seed at each full stop before a quote or capital', () => {
    expect(texts('"We will defeat Russia," he said. "If you have a strong inner spirit, you will definitely win. And we always had it strong."')).toEqual([
      '"We will defeat Russia," he said.',
      '"If you have a strong inner spirit, you will definitely win.',
      'And we always had it strong."',
    ]);
  });

  it('gives offsets whose slice equals each sentence', () => {
    const text = '  First one.   Second one!  ';
    const sentences = splitSentences(text);
    expect(sentences).toEqual([
      { start: 2, end: 12, text: 'First one.' },
      { start: 15, end: 26, text: 'Second one!' },
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences negative cases', () => {
  it('does not split after titles, initials or U.S.', () => {
    expect(texts('Mr. Biden met Franklin D. Roosevelt scholars in the U.S. Capitol today.')).toHaveLength(1);
  });

  it('does not split at a decimal point or a lower-case continuation', () => {
    expect(texts('Growth was 2.5 percent, e.g. in May. Then it fell.')).toEqual(['Growth was 2.5 percent, e.g. in May.', 'Then it fell.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
