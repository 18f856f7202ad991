// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/index';

const seed = readFileSync('data/seed.txt', 'utf8');

describe('an article reads the same whatever its line endings', () => {
  const lf = extractArticle(seed, { fileName: 'seed.txt' });

  it.each([
    ['bare CR (classic Mac OS)', seed.replaceAll('\n', '\r')],
    ['CRLF (Windows)', seed.replaceAll('\n', '\r\n')],
  ])('finds the dateline and gives the same paragraphs, mentions and events with %s', (_name, text) => {
    const other = extractArticle(text, { fileName: 'seed.txt' });
    expect(other.article).toEqual(lf.article);
    expect(other.article.published).toBe('2023-04-18');
    expect(other.paragraphs).toEqual(lf.paragraphs);
    expect(other.mentions).toEqual(lf.mentions);
    expect(other.events).toEqual(lf.events);
  });

  it('keeps every source quote exactly the words of its paragraph in a bare-CR file', () => {
    const file = extractArticle(seed.replaceAll('\n', '\r'), { fileName: 'seed.txt' });
    const byId = new Map(file.paragraphs.map((p) => [p.id, p.text]));
    const quotes = file.events.flatMap((e) => e.sources).concat(file.mentions);
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) expect(byId.get(q.paragraph)?.slice(q.start, q.end)).toBe(q.text);
    expect(file.paragraphs.every((p) => !/[\r\n]/.test(p.text))).toBe(true);
  });
});
