import { describe, expect, it } from 'vitest';
import { importTimelineFile } from '../../../src/export/importTimelineFile';
import { toDatelineJson } from '../../../src/export/toDatelineJson';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

const importing = (value: unknown, name = 'story.json') => () => importTimelineFile(typeof value === 'string' ? value : JSON.stringify(value), name);

describe('importing a file', () => {
  it('reads a TimelineJS3 file written by hand: dates at their precision, text as the source, group as category', () => {
    const file = importTimelineFile(JSON.stringify({
      title: { text: { headline: 'A &amp; B' } },
      events: [
        { start_date: { year: '2019', month: '7' }, text: { headline: 'Opening', text: '<p>The hall <em>opened</em>.</p>' }, group: 'Political' },
        { start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: 'Works' }, display_date: 'about 2020 – 2021' },
      ],
    }), 'hall.json');
    expect(file.article).toEqual({ id: 'a-b', title: 'A & B', published: '2021-12-31' });
    expect(file.events.map((e) => [e.id, e.title, e.start, e.end, e.granularity, e.approximate, e.category, e.sources[0]!.text])).toEqual([
      ['opening', 'Opening', '2019-07', undefined, 'month', false, 'political', 'The hall opened .'],
      ['works', 'Works', '2020', '2021', 'year', true, 'other', 'Works'],
    ]);
  });

  it('names the file and the path of a wrong field', () => {
    expect(importing({ events: [{ start_date: { year: 2020 } }, { start_date: { month: 3 } }] }, 'bad.json'))
      .toThrow('bad.json is not valid TimelineJS3 JSON: events[1].start_date.year: Invalid input');
    expect(importing({ events: [{ start_date: { year: 2021, month: 2, day: 30 } }] }, 'bad.json'))
      .toThrow('bad.json is not valid TimelineJS3 JSON: events[0].start_date.day: 2021-2-30 is not a real day');
  });

  it('names the path in a Dateline data file whose quote does not match its paragraph', () => {
    const file = JSON.parse(toDatelineJson(buildLighthouseFile()));
    file.events[2].sources[1].text = 'a four-year restoration';
    expect(importing(file, 'lighthouse.dateline.json')).toThrow(
      'lighthouse.dateline.json: The data file does not match the schema: events[2].sources[1].text: quote "a four-year restoration" does not match the paragraph text "a three-year restoration"');
  });

  it('refuses what is not JSON, or neither format', () => {
    expect(importing('{oops', 'x.json')).toThrow(/^x\.json is not JSON: /);
    expect(importing([1, 2], 'x.json')).toThrow('x.json is neither a Dateline data file nor a TimelineJS3 file: expected a JSON object');
    expect(importing({ slides: [] }, 'x.json')).toThrow('x.json is neither a Dateline data file (no "version") nor a TimelineJS3 file (no "events")');
  });
});
