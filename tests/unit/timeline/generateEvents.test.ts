import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { generateDataFile } from '../../../scripts/generate-events.mjs';
import { DataFileSchema } from '../../../src/model/dataFile';

describe('scripts/generate-events.mjs writes data files the app accepts', () => {
  it.each([100, 1_000])('gives %i events that pass the data-file schema, every quote matching its paragraph', (count) => {
    const result = DataFileSchema.safeParse(generateDataFile(count));
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(result.data?.events).toHaveLength(count);
  });

  it('gives the same file for the same count and seed', () => {
    expect(JSON.stringify(generateDataFile(50, 7))).toBe(JSON.stringify(generateDataFile(50, 7)));
    expect(JSON.stringify(generateDataFile(50, 7))).not.toBe(JSON.stringify(generateDataFile(50, 8)));
  });
});
