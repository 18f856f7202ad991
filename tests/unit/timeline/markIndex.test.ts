import { describe, expect, it } from 'vitest';
import { buildMarkIndex, findMarkNear } from '../../../src/timeline/markIndex';
import { buildMarkHitIndex, findMarkAt } from '../../../src/timeline/markHitIndex';
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

describe('hit-testing the marks of a canvas layer', () => {
  // Lane 0 (top 34): a labelled mark over x 10–120, then a bare glyph at 200 (room 194–206); lane 1 (top 58): a bar 40–300.
  const hitMark = (id: string, lane: number, hitLeftPx: number, hitRightPx: number, glyphXPx: number) =>
    ({ id, lane, hitLeftPx, hitRightPx, glyphXPx, laneTopPx: 34 + lane * 24, yPx: 46 + lane * 24 }) as MarkGeometry;
  const index = buildMarkHitIndex([
    hitMark('labelled', 0, 10, 120, 16), hitMark('glyph', 0, 194, 206, 200), hitMark('bar', 1, 40, 300, 40),
  ]);

  it('finds the mark whose hit area holds the point: its label, its glyph, anywhere along its bar', () => {
    expect(findMarkAt(index, 100, 46, 0)).toBe('labelled');
    expect(findMarkAt(index, 200, 40, 0)).toBe('glyph');
    expect(findMarkAt(index, 280, 70, 0)).toBe('bar');
  });

  it('reaches 4 px past a hit area, as the DOM mark’s hit rect does', () => {
    expect(findMarkAt(index, 124, 46, 0)).toBe('labelled');
    expect(findMarkAt(index, 125, 46, 0)).toBeNull();
  });

  it('tells lanes apart by y: lane 0 ends at 55, lane 1 starts at 57', () => {
    expect(findMarkAt(index, 100, 55, 0)).toBe('labelled');
    expect(findMarkAt(index, 100, 57, 0)).toBe('bar');
  });

  it('falls back to the nearest glyph within reach between hit areas: (210, 30) is 19 px from the glyph at (200, 46)', () => {
    expect(findMarkAt(index, 160, 20, 14)).toBeNull();
    expect(findMarkAt(index, 210, 30, 20)).toBe('glyph');
  });

  it('answers among 10,000 marks in 10 lanes: the one whose room holds x 5,000 in lane 3', () => {
    const many = buildMarkHitIndex(Array.from({ length: 10_000 }, (_, i) => hitMark(`m${i}`, i % 10, Math.floor(i / 10) * 10, Math.floor(i / 10) * 10 + 6, Math.floor(i / 10) * 10 + 3)));
    expect(findMarkAt(many, 5003, 34 + 3 * 24 + 10, 0)).toBe('m5003');
  });
});
