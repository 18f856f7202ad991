// @vitest-environment node
import edtf from 'edtf';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../src/cli/runExtract';
import { extractArticle } from '../../../src/extract/extractArticle';
import { DataFileSchema, type DataFileInput } from '../../../src/model/dataFile';
import { renderJsonSchema } from '../../../scripts/renderJsonSchema';

const DATA = join(process.cwd(), 'data');
const committedText = readFileSync(join(DATA, 'seed.events.json'), 'utf8');
const committed = DataFileSchema.parse(JSON.parse(committedText));

/** Dates of the event whose source contains the quote, as [start, end, edtf]. */
const datesOf = (file: DataFileInput, quote: string) => {
  const exact = file.events.filter((e) => e.sources.some((s) => s.text === quote));
  const matches = exact.length > 0 ? exact : file.events.filter((e) => e.sources.some((s) => s.text.includes(quote)));
  expect(matches, `one event quoting ${JSON.stringify(quote)}`).toHaveLength(1);
  const e = matches[0]!;
  return [e.start, e.end, e.edtf, e.approximate, e.ongoing ?? false];
};

describe('the committed seed data file', () => {
  it('is what the CLI writes from data/seed.txt with the curation file, byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dateline-')), 'seed.events.json');
    const result = runExtract([join(DATA, 'seed.txt'), '--out', out, '--curation', join(DATA, 'seed.curation.json')]);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(committedText);
  });

  it('quotes exactly its paragraph text in every mention and every event source', () => {
    const paragraphs = new Map(committed.paragraphs.map((p) => [p.id, p.text]));
    const spans = [...committed.mentions, ...committed.events.flatMap((e) => e.sources)];
    expect(spans.length).toBe(committed.mentions.length + 12);
    for (const span of spans) expect(paragraphs.get(span.paragraph)!.slice(span.start, span.end)).toBe(span.text);
  });

  it('has every EDTF value accepted by the edtf package, unchanged by it', () => {
    for (const event of committed.events) expect(edtf(event.edtf).toEDTF()).toBe(event.edtf);
  });

  it('lists the seed mentions with their TimeML values', () => {
    expect(committed.mentions.map((m) => `${m.paragraph} ${m.text} ${m.type} ${m.value}`)).toEqual([
      'p1 2023-04-18 DATE 2023-04-18', 'p3 9:25pm TIME 2023-04-18T21:25', 'p6 today DATE 2023-04-18', 'p6 March DATE 2023-03',
      'p10 Orthodox Easter DATE 2023-04-16', 'p11 September DATE 2022-09', 'p14 Last month DATE 2023-03', 'p14 May DATE 2022-05',
      'p14 two months DURATION P2M', 'p17 8-and-a-half months DURATION P8.5M',
    ]);
  });

  it('carries the curated titles and the article facts', () => {
    expect(committed.events.map((e) => `${e.id}: ${e.title} (${e.category})`)).toEqual([
      'putin-visits-headquarters-russian-troops: Putin visits headquarters of Russian troops fighting in Ukraine (visit)',
      'putin-visits-command-post-russian: Putin visits the Kherson command post (visit)',
      'russian-leader-moves-helicopter-headquarters: Putin visits the Luhansk National Guard headquarters (visit)',
      'orthodox-easter: Orthodox Easter (holiday)',
      'russia-annexes-kherson-luhansk-regions: Russia annexes four Ukrainian regions (political)',
      'putin-visits-russian-held-sea: Putin visits Mariupol (visit)',
      'mariupol-captured-russian-troops: Mariupol captured by Russian troops (battle)',
      'two-months-fierce-fighting-before: Two months of fierce fighting before Mariupol captured by Russian troops (battle)',
      "ukraines-new-counteroffensive: Ukraine's new counteroffensive (military)",
      "bakhmut-is-stage-wars-longest: Bakhmut is stage for war's longest and bloodiest fight (battle)",
    ]);
    expect(committed.article).toEqual({
      id: 'seed', title: 'Vladimir Putin visits Russian troops in occupied Ukraine', published: '2023-04-18', time: '9:25pm', section: 'World', credit: 'Associated Press',
    });
  });

  it('is described by the committed JSON Schema', () => {
    expect(readFileSync(join(DATA, 'dateline.schema.json'), 'utf8')).toBe(renderJsonSchema());
  });
});

describe('the automatic extraction of the seed (no curation)', () => {
  const auto = extractArticle(readFileSync(join(DATA, 'seed.txt'), 'utf8'), { fileName: 'seed.txt' });

  it('dates the annexation of the four regions to September 2022', () => {
    expect(datesOf(auto, 'Russia annexed the Kherson and Luhansk regions')).toEqual(['2022-09', undefined, '2022-09', false, false]);
  });

  it('dates the capture of Mariupol to May 2022', () => {
    expect(datesOf(auto, 'which was captured by Russian troops in May')).toEqual(['2022-05', undefined, '2022-05', false, false]);
  });

  it("dates Putin's visit to Mariupol to March 2023 from \"Last month\"", () => {
    expect(datesOf(auto, 'Last month, Putin visited')).toEqual(['2023-03', undefined, '2023-03', false, false]);
  });

  it('dates the visits to the Kherson command post and the Luhansk headquarters to 2023-04-18', () => {
    expect(datesOf(auto, 'Putin visiting the command post for Russian forces in the southern Kherson region')).toEqual(['2023-04-18', undefined, '2023-04-18', false, false]);
    expect(datesOf(auto, 'headquarters of the Russian National Guard of the eastern Luhansk region')).toEqual(['2023-04-18', undefined, '2023-04-18', false, false]);
  });

  it('makes the battle of Bakhmut run from about 2022-08-03 to publication, ongoing', () => {
    expect(datesOf(auto, 'the town of Bakhmut, which for 8-and-a-half months')).toEqual(['2022-08-03', '2023-04-18', '2022-08-03~/..', true, true]);
  });

  it('makes the two months of fighting for Mariupol March to April 2022', () => {
    expect(datesOf(auto, 'two months of fierce fighting')[2]).toBe('2022-03/2022-04');
  });

  it('dates Orthodox Easter to 2023-04-16', () => {
    expect(datesOf(auto, 'Orthodox Easter')).toEqual(['2023-04-16', undefined, '2023-04-16', false, false]);
  });

  it('makes the coming counteroffensive one open item after publication, quoting both mentions', () => {
    const event = auto.events.find((e) => e.start === 'FUTURE_REF')!;
    expect([event.edtf, event.category, event.sources.map((s) => `${s.paragraph}: ${s.text}`)]).toEqual([
      '[2023-04-18..]', 'military', ['p16: Ukraine is preparing for a new counteroffensive to reclaim the occupied territories', 'p18: Kyiv prepares a counteroffensive'],
    ]);
  });

  it('makes ten events and none from the dateline, the time or a repeated caption', () => {
    expect(auto.events).toHaveLength(10);
    const sourceParagraphs = new Set(auto.events.flatMap((e) => e.sources.map((s) => s.paragraph)));
    for (const id of ['p1', 'p3', 'p5', 'p22']) expect(sourceParagraphs.has(id)).toBe(false);
  });
});
