import { describe, expect, it } from 'vitest';
import { buildMarkIndex, findMarkNear } from '../../../src/timeline/markIndex';
import type { MarkGeometry } from '../../../src/timeline/layout';

const mark = (id: string, glyphXPx: number, yPx: number) => ({ id, glyphXPx, yPx }) as MarkGeometry;

describe('the spatial index of marks', () => {
  const index = buildMarkIndex([mark('a', 10, 12), mark('b', 40, 12), mark('c', 40, 36)]);

  it('finds the nearest glyph within the radius: (14, 14) is a, (38, 30) is c', () => {
    expect(findMarkNear(index, 14, 14, 12)).toBe('a');
    expect(findMarkNear(index, 38, 30, 12)).toBe('c');
  });

  it('finds nothing farther than the radius: (25, 60) is 24 px from c', () => {
    expect(findMarkNear(index, 25, 60, 12)).toBeNull();
  });

  it('answers among 10,000 marks: the glyph at (5,000.5, 12) from (5,002, 15)', () => {
    const many = buildMarkIndex(Array.from({ length: 10_000 }, (_, i) => mark(`m${i}`, i + 0.5, 12 + (i % 5) * 24)));
    expect(findMarkNear(many, 5002, 15, 6)).toBe('m5000');
  });
});
