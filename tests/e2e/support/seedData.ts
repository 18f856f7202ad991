import { expect, type APIRequestContext } from '@playwright/test';
import { DataFileSchema, type DataFile, type TimelineEvent } from '../../../src/model/dataFile';
import { toEventSpan } from '../../../src/model/eventSpan';

/** Where `vite preview` serves the data file (publicDir = data/). */
export const DATA_FILE_URL = '/seed.events.json';

/** Reads the data file the app is served, exactly as the browser gets it, and checks it against the schema. */
export async function fetchSeedData(request: APIRequestContext): Promise<DataFile> {
  const response = await request.get(DATA_FILE_URL);
  expect(response.status(), `GET ${DATA_FILE_URL}`).toBe(200);
  return DataFileSchema.parse(await response.json());
}

/** A required event of the explorer issue, found by its date and the words of its source paragraph. */
export interface RequiredEventSpec {
  /** How the test names it. */
  name: string;
  /** True for the event this spec means; ids and titles are never used. */
  matches: (event: TimelineEvent, paragraphTextOf: (paragraphId: string) => string) => boolean;
}

const sourceSays = (pattern: RegExp) => (event: TimelineEvent, paragraphTextOf: (id: string) => string) =>
  event.sources.some((source) => pattern.test(paragraphTextOf(source.paragraph)));

const isSingle = (event: TimelineEvent) => !event.end || event.end === event.start;

/** The six events every build must link to their source words (issue #2, "Required events"). */
export const REQUIRED_EVENTS: readonly RequiredEventSpec[] = [
  {
    name: 'the annexation of four regions (September 2022)',
    matches: (e, text) => e.start === '2022-09' && isSingle(e) && sourceSays(/annex/i)(e, text),
  },
  {
    name: 'the capture of Mariupol (May 2022)',
    matches: (e, text) => e.start === '2022-05' && isSingle(e) && sourceSays(/captured/i)(e, text),
  },
  {
    name: "Putin's visit to Mariupol (March 2023)",
    matches: (e, text) => e.start === '2023-03' && isSingle(e) && sourceSays(/Mariupol/)(e, text),
  },
  {
    name: 'the visit to the Kherson command post (18 April 2023)',
    matches: (e, text) => e.start === '2023-04-18' && isSingle(e) && sourceSays(/command post[^.]*Kherson/)(e, text),
  },
  {
    name: 'the visit to the Luhansk National Guard headquarters (18 April 2023)',
    matches: (e, text) => e.start === '2023-04-18' && isSingle(e) && sourceSays(/National Guard[^.]*Luhansk/)(e, text),
  },
  {
    name: 'the battle of Bakhmut (about early August 2022, ongoing)',
    matches: (e, text) => e.start.startsWith('2022-08') && e.approximate && e.ongoing && sourceSays(/Bakhmut/)(e, text),
  },
];

/** The one event a spec means; fails with the candidates listed when there is none or more than one. */
export function findRequiredEvent(data: DataFile, spec: RequiredEventSpec): TimelineEvent {
  const paragraphs = new Map(data.paragraphs.map((p) => [p.id, p.text]));
  const paragraphTextOf = (id: string) => paragraphs.get(id) ?? '';
  const found = data.events.filter((event) => spec.matches(event, paragraphTextOf));
  const listed = data.events.map((e) => `${e.id} ${e.start}${e.end ? `/${e.end}` : ''}`).join(', ');
  expect(found.length, `exactly one event for ${spec.name}; the file has: ${listed}`).toBe(1);
  return found[0]!;
}

/** Where an event starts on the time axis, in ms since the epoch (publication day for a future item). */
export function readStartMs(event: TimelineEvent, published: string): number {
  const span = toEventSpan(event, published);
  if (!span) throw new Error(`event ${event.id} (${event.start}) has no position in time`);
  return span.startMs;
}
