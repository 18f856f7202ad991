import type { TimelineEvent } from '../../src/model/dataFile';
import { parseTimeValue } from '../../src/model/timeValue';

type Required = Pick<TimelineEvent, 'id' | 'title' | 'start'>;

/** A valid TimelineEvent for tests: only what a test cares about is spelled out, the rest is plain defaults. */
export function buildTimelineEvent(fields: Required & Partial<TimelineEvent>): TimelineEvent {
  return {
    granularity: parseTimeValue(fields.start)?.granularity ?? 'day',
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    category: 'other',
    edtf: fields.end ? `${fields.start}/${fields.end}` : fields.start,
    sources: [{ paragraph: 'p1', start: 0, end: 4, text: 'Test' }],
    mentions: [],
    why: [],
    ...fields,
  };
}

/** The publication day the fixture story is told from. */
export const FIXTURE_PUBLISHED = '2023-04-18';

/** A small story with every way of drawing a date: month, month range, approximate ongoing range, days, future. */
export function buildFixtureEvents(): TimelineEvent[] {
  return [
    buildTimelineEvent({ id: 'annexation', title: 'Four regions annexed', start: '2022-09', category: 'political' }),
    buildTimelineEvent({ id: 'siege', title: 'Two months of fighting for the port', start: '2022-03', end: '2022-05', category: 'battle' }),
    buildTimelineEvent({ id: 'capture', title: 'Port captured', start: '2022-05', category: 'military' }),
    buildTimelineEvent({
      id: 'long-battle', title: 'Battle for the town', start: '2022-08-03', end: '2023-04-18',
      approximate: true, ongoing: true, category: 'battle',
    }),
    buildTimelineEvent({ id: 'port-visit', title: 'Visit to the port city', start: '2023-03', category: 'visit' }),
    buildTimelineEvent({ id: 'easter', title: 'Easter', start: '2023-04-16', category: 'holiday' }),
    buildTimelineEvent({ id: 'visit-command', title: 'Visit to a command post', start: '2023-04-18', category: 'visit' }),
    buildTimelineEvent({ id: 'visit-guard', title: 'Visit to a guard headquarters', start: '2023-04-18', category: 'visit' }),
    buildTimelineEvent({ id: 'counteroffensive', title: 'Expected counteroffensive', start: 'FUTURE_REF', granularity: 'day', category: 'military' }),
  ];
}
