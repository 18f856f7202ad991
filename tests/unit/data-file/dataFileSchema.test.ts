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

  it('rejects a publication date that does not exist, with its path', () => {
    const file = seed();
    file.article.published = '2023-99-99';
    expect(messages(file)).toEqual(['article.published: "2023-99-99" is not a real calendar date']);
  });

  it('rejects impossible event and mention dates wherever they appear', () => {
    const file = seed();
    file.events[0].start = '2023-02-30';
    file.events[4].edtf = '2022-13';
    file.mentions[0].value = '2023-04-31';
    expect(messages(file)).toEqual([
      'mentions.0.value: "2023-04-31" is not a real calendar date',
      'events.0.start: "2023-02-30" is not a real calendar date',
      'events.4.edtf: "2022-13" is not a real calendar date',
    ]);
  });

  it('refuses years before 1 CE clearly rather than drawing them somewhere else', () => {
    const file = seed();
    file.events[0].start = '-0044-03-15';
    expect(messages(file)).toEqual(['events.0.start: "-0044-03-15" is a year before 1 CE: dates before the year 0000 are not supported']);
  });

  it('refuses a range whose end comes before its start', () => {
    const file = seed();
    const i = file.events.findIndex((e: { end?: string }) => e.end === '2022-04');
    file.events[i].end = '2021-12';
    expect(messages(file)).toEqual([`events.${i}.end: the range ends ("2021-12") before it starts ("2022-03")`]);
  });

  it('accepts years 0–99 and partly unknown values', () => {
    const file = seed();
    file.events[0].start = '0001-01-01';
    file.events[0].edtf = '0001-01-01';
    file.mentions[0].value = '1999-XX';
    expect(messages(file)).toEqual([]);
  });

  it('quotes only the start of a very long impossible value', () => {
    const file = seed();
    file.events[0].start = `2${'0'.repeat(100_000)}`;
    expect(messages(file)).toEqual([`events.0.start: "2${'0'.repeat(59)}…" is not a real calendar date`]);
  });
});
