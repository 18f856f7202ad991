// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileSchema } from '../../../src/model/dataFile';

const seed = () => JSON.parse(readFileSync(join(process.cwd(), 'data/seed.events.json'), 'utf8'));
const messages = (input: unknown) => {
  const result = DataFileSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('DataFileSchema on malformed data files', () => {
  it('rejects an unknown version, naming it', () => {
    expect(messages({ ...seed(), version: 2 })).toEqual(['version: unknown version 2: this build reads version 1']);
  });

  it('rejects a source whose quote does not match its paragraph, with the path of the quote', () => {
    const file = seed();
    const actual = file.events[0].sources[0].text;
    file.events[0].sources[0].text = 'Putin visited Paris';
    expect(messages(file)).toEqual([`events.0.sources.0.text: quote "Putin visited Paris" does not match the paragraph text ${JSON.stringify(actual)}`]);
  });

  it('rejects a span past the end of its paragraph', () => {
    const file = seed();
    file.mentions[0].end = 500;
    expect(messages(file)).toEqual(['mentions.0.end: span 6–500 lies outside paragraph "p1"']);
  });

  it('rejects an event without a title, with the path of the missing field', () => {
    const file = seed();
    delete file.events[3].title;
    expect(messages(file)).toHaveLength(1);
    expect(messages(file)[0]).toMatch(/^events\.3\.title: /);
  });
});
