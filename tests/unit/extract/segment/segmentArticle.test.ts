// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../../src/extract/segment/segmentArticle';

const SEED = readFileSync(join(process.cwd(), 'data/seed.txt'), 'utf8');

describe('segmentArticle on the seed', () => {
  const { paragraphs, article } = segmentArticle(SEED, { fileName: 'data/seed.txt' });

  it('gives every non-empty line its kind', () => {
    expect(paragraphs.map((p) => `${p.id}:${p.kind}`)).toEqual([
      'p1:dateline', 'p2:headline', 'p3:dateline', 'p4:caption', 'p5:caption',
      'p6:body', 'p7:body', 'p8:body', 'p9:body', 'p10:body', 'p11:body', 'p12:body', 'p13:body', 'p14:body',
      'p15:body', 'p16:body', 'p17:body', 'p18:body', 'p19:body', 'p20:body', 'p21:caption', 'p22:caption',
      'p23:body', 'p24:body',
    ]);
  });

  it('marks the second printing of each repeated caption as a repeat of the first', () => {
    expect(paragraphs.filter((p) => p.repeatOf).map((p) => [p.id, p.repeatOf])).toEqual([['p5', 'p4'], ['p22', 'p21']]);
  });

  it('keeps each line verbatim, leading space included, at its offset in the source', () => {
    expect(paragraphs[0]!.text).toBe(' date 2023-04-18 World');
    for (const p of paragraphs) expect(SEED.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
  });

  it('reads id, title, date, time, section and credit', () => {
    expect(article).toEqual({
      id: 'seed',
      title: 'Vladimir Putin visits Russian troops in occupied Ukraine',
      published: '2023-04-18',
      time: '9:25pm',
      section: 'World',
      credit: 'Associated Press',
    });
  });
});

describe('segmentArticle on other articles', () => {
  it('reads the publication day from the dateline the first paragraph opens with, when no line gives it', () => {
    const story = 'Harbour board approves new pier\nBy Ana Ruiz\nPORTVILLE, Maine, June 12, 2025 — The harbour board voted on Wednesday to build a pier.';
    expect(segmentArticle(story).article.published).toBe('2025-06-12');
  });

  it('takes no day from a lead dateline without a year, nor from a first sentence that merely starts with a date', () => {
    expect(segmentArticle('Pier approved\nPORTVILLE, June 12 — The board voted on Wednesday.').article.published).toBeUndefined();
    expect(segmentArticle('Pier approved\nJune 12, 2025 was the day the board voted.').article.published).toBeUndefined();
  });

  it('prefers a dateline line of its own to the date in the lead', () => {
    const story = 'Pier approved\nPublished 13 June 2025\nPORTVILLE, Maine, June 12, 2025 — The board voted on Wednesday.';
    expect(segmentArticle(story).article.published).toBe('2025-06-13');
  });

  it('takes the id from the title when no file name is given', () => {
    const { article } = segmentArticle('April 3, 2021\nFloods hit the valley again\nRain fell for days.\n');
    expect(article).toEqual({ id: 'floods-hit-the-valley-again', title: 'Floods hit the valley again', published: '2021-04-03' });
  });

  it('has no headline when the first line is already a sentence', () => {
    const { paragraphs, article } = segmentArticle('The council met on Monday.\nIt voted twice.\n');
    expect(paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(article.title).toBe('Untitled article');
    expect(article.published).toBeUndefined();
  });
});
