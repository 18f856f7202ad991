import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TimelineJsSchema } from '../../../src/export/timelineJsSchema';
import { toTimelineJs } from '../../../src/export/toTimelineJs';
import { DataFileSchema } from '../../../src/model/dataFile';
import { buildDataFile, buildLighthouseFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

const seed = DataFileSchema.parse(JSON.parse(readFileSync('data/seed.events.json', 'utf8')));

describe('TimelineJS3 export', () => {
  it('matches the documented format', () => {
    const result = TimelineJsSchema.safeParse(toTimelineJs(seed));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('writes dates at their own precision, the quote as text, the category as group, display dates for approximate and ongoing', () => {
    const file = buildDataFile({
      ...LIGHTHOUSE,
      events: [
        ...LIGHTHOUSE.events!,
        {
          id: 'repairs', title: 'Repairs <go> on', start: '2020-08-03', end: '2021-06-10', granularity: 'day', approximate: true, ongoing: true,
          category: 'battle', sources: [{ paragraph: 'p6', text: 'Work began' }],
        },
        { id: 'someday', title: 'A plan', start: 'FUTURE_REF', granularity: 'day', edtf: '[2021-06-10..]', sources: [{ paragraph: 'p7', text: 'planned' }] },
      ],
    });
    const timeline = toTimelineJs(file);
    const byId = new Map(timeline.events.map((e) => [e.unique_id, e]));
    expect(byId.get('lamp-removed')).toEqual({
      start_date: { year: 2018, month: 3 },
      text: { headline: 'The lamp is taken down', text: '<blockquote>the lamp was taken down for repair</blockquote>' },
      group: 'Other',
      unique_id: 'lamp-removed',
    });
    expect(byId.get('repairs')).toEqual({
      start_date: { year: 2020, month: 8, day: 3 },
      end_date: { year: 2021, month: 6, day: 10 },
      display_date: 'about early August 2020 – 10 June 2021, ongoing',
      text: { headline: 'Repairs &lt;go&gt; on', text: '<blockquote>Work began</blockquote>' },
      group: 'Battle',
      unique_id: 'repairs',
    });
    expect(byId.get('restoration')).toMatchObject({ start_date: { year: 2018, month: 3 }, end_date: { year: 2021, month: 6, day: 10 } });
    // A plan with no date yet cannot be placed in TimelineJS.
    expect(byId.has('someday')).toBe(false);
    expect(timeline.title).toEqual({
      text: { headline: 'Harbour town reopens its old lighthouse', text: '<p>Coast Desk · <time datetime="2021-06-10">10 June 2021</time></p>' },
      unique_id: 'lighthouse',
    });
  });

  it('a season becomes its first and last months, with its name as the display date', () => {
    const festival = toTimelineJs(buildLighthouseFile()).events.find((e) => e.unique_id === 'festival');
    expect(festival).toMatchObject({ start_date: { year: 2022, month: 6 }, display_date: 'summer 2022' });
  });
});
