import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../src/extract/events/buildEvents';
import type { Paragraph } from '../../../../src/model/dataFile';
import { body, mentionsOf } from './mentionsOf';

const PUBLISHED = '2024-02-20';

describe('buildEvents', () => {
  it('makes "for three weeks has been" a range up to publication that is still going on', () => {
    const p = body('p1', 'Shelling hit the town of Avdiivka, which for three weeks has been under siege.');
    const [event, ...rest] = buildEvents([p], mentionsOf(p, [['three weeks', 'DURATION', 'P3W']]), PUBLISHED);
    expect(rest).toEqual([]);
    expect(event).toEqual({
      id: 'avdiivka-is-under-siege',
      title: 'Avdiivka is under siege',
      start: '2024-01-30',
      end: '2024-02-20',
      granularity: 'day',
      approximate: true,
      approximateEnd: false,
      ongoing: true,
      category: 'battle',
      edtf: '2024-01-30~/..',
      sources: [{ paragraph: 'p1', start: p.text.indexOf('the town'), end: p.text.length - 1, text: 'the town of Avdiivka, which for three weeks has been under siege' }],
      mentions: ['m1'],
      why: [
        '"three weeks" → P3W',
        '"for three weeks" with a present perfect verb: a period running up to publication 2024-02-20, still going on',
        'start ≈ 2024-02-20 − 3 weeks = 2024-01-30',
      ],
    });
  });

  it('makes "after three months of siege" the three months before the dated fall', () => {
    const p = body('p1', 'The city was taken by rebels in June 2021 after three months of siege.');
    const events = buildEvents([p], mentionsOf(p, [['June 2021', 'DATE', '2021-06'], ['three months', 'DURATION', 'P3M']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start, e.end, e.edtf, e.category, e.sources[0]!.text, e.mentions])).toEqual([
      ['City taken by rebels', '2021-06', undefined, '2021-06', 'battle', 'The city was taken by rebels in June 2021 after three months of siege', ['m1']],
      ['Three months of siege before city taken by rebels', '2021-03', '2021-05', '2021-03/2021-05', 'battle', 'three months of siege', ['m2', 'm1']],
    ]);
  });

  it('merges two mentions of the same date in one sentence into one event', () => {
    const p = body('p1', 'On Monday the minister resigned, and the cabinet fell on Monday.');
    const events = buildEvents([p], mentionsOf(p, [['Monday', 'DATE', '2024-02-19'], ['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions).toEqual(['m1', 'm2']);
    expect(events[0]!.sources.map((s) => s.text)).toEqual(['On Monday the minister resigned', 'the cabinet fell on Monday']);
  });

  it('makes two events of a sentence with two predicates and two dates, each titled with the subject', () => {
    const p = body('p1', 'Blinken visited the disaster zone on Sunday and will travel to Ankara on Friday.');
    const events = buildEvents([p], mentionsOf(p, [['Sunday', 'DATE', '2024-02-18'], ['Friday', 'DATE', '2024-02-23']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.title, e.sources[0]!.text])).toEqual([
      ['2024-02-18', 'Blinken visits disaster zone', 'Blinken visited the disaster zone on Sunday'],
      ['2024-02-23', 'Blinken to travel to Ankara', 'will travel to Ankara on Friday'],
    ]);
  });

  it('splits "was initialled in November and signed … the following month" into two events with the shared subject', () => {
    const p = body('p1', 'The Dayton Agreement was initialled in November 1995 and signed in Paris the following month.');
    const events = buildEvents([p], mentionsOf(p, [['November 1995', 'DATE', '1995-11'], ['the following month', 'DATE', '1995-12']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.title, e.category, e.sources[0]!.text])).toEqual([
      ['1995-11', 'Dayton Agreement initialled', 'political', 'The Dayton Agreement was initialled in November 1995'],
      ['1995-12', 'Dayton Agreement signed in Paris', 'political', 'signed in Paris the following month'],
    ]);
  });

  it('makes one event of a clause dated as a month and as a day in it, at the day', () => {
    const p = body('p1', 'The war in Europe ended eight months later, on 8 May 1945.');
    const events = buildEvents([p], mentionsOf(p, [['eight months later', 'DATE', '1945-05'], ['8 May 1945', 'DATE', '1945-05-08']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.title, e.mentions])).toEqual([['1945-05-08', 'War in Europe ends', ['m2', 'm1']]]);
  });

  it('dates the main clause after a relative clause between commas, and reads "did not fall until" as the fall', () => {
    const p = body('p1', 'Caen, which had been an objective for the first day, did not fall until 9 July.');
    const [event] = buildEvents([p], mentionsOf(p, [['9 July', 'DATE', '1944-07-09']]), PUBLISHED);
    expect([event!.title, event!.sources[0]!.text]).toEqual(['Caen falls', 'Caen, which had been an objective for the first day, did not fall until 9 July']);
  });

  it('makes one stretch of "between March 2022 and July 2023", "April 30-May 1" and "in January and February"', () => {
    const p1 = body('p1', 'The bank raised rates between March 2022 and July 2023.');
    const p2 = body('p2', 'The next meeting is scheduled for April 30-May 1.');
    const p3 = body('p3', 'Inflation ticked up in January and February.');
    const mentions = [
      ...mentionsOf(p1, [['March 2022', 'DATE', '2022-03'], ['July 2023', 'DATE', '2023-07']]),
      ...mentionsOf(p2, [['April 30', 'DATE', '2024-04-30'], ['May 1', 'DATE', '2024-05-01']], 3),
      ...mentionsOf(p3, [['January', 'DATE', '2024-01'], ['February', 'DATE', '2024-02']], 5),
    ];
    expect(buildEvents([p1, p2, p3], mentions, PUBLISHED).map((e) => [e.title, e.edtf, e.mentions])).toEqual([
      ['Bank raises rates', '2022-03/2023-07', ['m1', 'm2']],
      ['Next meeting scheduled', '2024-04-30/2024-05-01', ['m3', 'm4']],
      ['Inflation ticks up', '2024-01/2024-02', ['m5', 'm6']],
    ]);
  });

  it('titles ", after raising it … between March 2022 and July 2023" with the subject and its own verb', () => {
    const p = body('p1', 'The bank has kept its rate unchanged since July, after raising it 11 times between March 2022 and July 2023.');
    const mentions = mentionsOf(p, [['July', 'DATE', '2023-07'], ['March 2022', 'DATE', '2022-03'], ['July 2023', 'DATE', '2023-07']]);
    expect(buildEvents([p], mentions, PUBLISHED).map((e) => [e.edtf, e.title, e.sources[0]!.text])).toEqual([
      ['2023-07/..', 'Bank keeps rate', 'The bank has kept its rate unchanged since July'],
      ['2022-03/2023-07', 'Bank raises rate 11 times', 'after raising it 11 times between March 2022 and July 2023'],
    ]);
  });

  it('gives "after the massacre at Srebrenica in July" its own event, named by the noun', () => {
    const p = body('p1', 'In the summer of 1995, after the massacre at Srebrenica in July, NATO launched Operation Deliberate Force.');
    const events = buildEvents([p], mentionsOf(p, [['the summer of 1995', 'DATE', '1995-SU'], ['July', 'DATE', '1995-07']]), PUBLISHED);
    expect(events.map((e) => [e.edtf, e.title, e.sources[0]!.text])).toEqual([
      ['1995-22', 'NATO launches Operation Deliberate Force', 'In the summer of 1995, after the massacre at Srebrenica in July, NATO launched Operation Deliberate Force'],
      ['1995-07', 'The massacre at Srebrenica', 'the massacre at Srebrenica in July'],
    ]);
  });

  it('dates only the headline predicate that holds the date ("…, signals cuts later this year")', () => {
    const p: Paragraph = { id: 'p1', kind: 'headline', text: 'Fed holds rates steady, signals cuts later this year' };
    const [event] = buildEvents([p], mentionsOf(p, [['later this year', 'DATE', '2024']]), PUBLISHED);
    expect([event!.title, event!.sources[0]!.text]).toEqual(['Fed signals cuts', 'signals cuts later this year']);
  });

  it('keeps "in May and September" two events', () => {
    const p = body('p1', 'The council met in May and September.');
    const events = buildEvents([p], mentionsOf(p, [['May', 'DATE', '2023-05'], ['September', 'DATE', '2023-09']]), PUBLISHED);
    expect(events.map((e) => e.edtf)).toEqual(['2023-05', '2023-09']);
  });

  it('reads "has kept … since July" as a stretch from July, going on', () => {
    const p = body('p1', 'The central bank has kept its rate unchanged since July.');
    const [event] = buildEvents([p], mentionsOf(p, [['July', 'DATE', '2023-07']]), PUBLISHED);
    expect([event!.edtf, event!.ongoing]).toEqual(['2023-07/..', true]);
  });

  it('makes "has been … since March" a range from March to publication, going on', () => {
    const p = body('p1', 'The bridge has been closed since March.');
    const [event] = buildEvents([p], mentionsOf(p, [['March', 'DATE', '2023-03']]), PUBLISHED);
    expect([event!.start, event!.end, event!.ongoing, event!.edtf]).toEqual(['2023-03', '2024-02-20', true, '2023-03/..']);
  });

  it('names a holiday event by the holiday', () => {
    const p = body('p1', 'Soldiers marked Orthodox Christmas in the trenches.');
    const [event] = buildEvents([p], mentionsOf(p, [['Orthodox Christmas', 'DATE', '2024-01-07']]), PUBLISHED);
    expect([event!.title, event!.category, event!.edtf]).toEqual(['Orthodox Christmas', 'holiday', '2024-01-07']);
  });

  it('makes a planned offensive an open item after publication', () => {
    const p = body('p1', 'Officials say the Kremlin is preparing for a major offensive in the east.');
    const [event] = buildEvents([p], [], PUBLISHED);
    expect(event).toMatchObject({
      id: 'kremlins-major-offensive',
      title: "Kremlin's major offensive",
      start: 'FUTURE_REF',
      category: 'military',
      edtf: '[2024-02-20..]',
      sources: [{ paragraph: 'p1', start: p.text.indexOf('Kremlin'), end: p.text.length - 1, text: 'Kremlin is preparing for a major offensive in the east' }],
      mentions: [],
    });
  });

  it('carries a day on into "She then flew …", the next step of that day, naming her by the last name', () => {
    const p1 = body('p1', 'President Maria Lopez visited Paris on Monday.');
    const p2 = body('p2', 'She then flew to Berlin for talks with the chancellor.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start, e.sources[0]!.paragraph, e.mentions])).toEqual([
      ['Lopez visits Paris', '2024-02-19', 'p1', ['m1']],
      ['Lopez flies to Berlin for talks with chancellor', '2024-02-19', 'p2', ['m1']],
    ]);
  });

  it('does not carry a date into a sentence that opens with "Then", "Later" or "Afterwards", or a quotation', () => {
    const p1 = body('p1', 'The president visited Paris on Monday.');
    const p2 = body('p2', 'Then she visited Berlin. Later she visited Rome. Afterwards she visited Bern. "We visited Vienna," she said.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start])).toEqual([['President visits Paris', '2024-02-19']]);
  });

  it('does not carry a month into "She then flew …": after a month "then" may be any time', () => {
    const p1 = body('p1', 'The president visited Paris in January.');
    const p2 = body('p2', 'She then flew to Berlin.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['January', 'DATE', '2024-01']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start])).toEqual([['President visits Paris', '2024-01']]);
  });

  it('moves the story on by "two weeks later", to an approximate day', () => {
    const p1 = body('p1', 'A shell struck the market on 5 February 1994.');
    const p2 = body('p2', 'Two weeks later, NATO issued an ultimatum.');
    const mentions = [...mentionsOf(p1, [['5 February 1994', 'DATE', '1994-02-05']]), ...mentionsOf(p2, [['Two weeks', 'DURATION', 'P2W']], 2)];
    const events = buildEvents([p1, p2], mentions, PUBLISHED);
    expect(events.map((e) => [e.title, e.start, e.approximate, e.edtf])).toEqual([
      ['Shell strikes market', '1994-02-05', false, '1994-02-05'],
      ['NATO issues ultimatum', '1994-02-19', true, '1994-02-19~'],
    ]);
  });

  it('makes "for almost four years" in the past a stretch from where the story is, with an approximate end', () => {
    const p1 = body('p1', 'The siege began on 5 April 1992.');
    const p2 = body('p2', 'For almost four years, residents lived under constant shelling.');
    const mentions = [...mentionsOf(p1, [['5 April 1992', 'DATE', '1992-04-05']]), ...mentionsOf(p2, [['four years', 'DURATION', 'P4Y']], 2)];
    const [, stretch] = buildEvents([p1, p2], mentions, PUBLISHED);
    expect([stretch!.title, stretch!.start, stretch!.end, stretch!.approximateEnd, stretch!.edtf]).toEqual([
      'Residents live under constant shelling', '1992-04-05', '1996-04-05', true, '1992-04-05/1996-04-05~',
    ]);
  });

  it('dates "Within hours, troops landed …" at the date the story reached, and splits ", and by 2 April Ukraine said"', () => {
    const p1 = body('p1', 'On 24 February 2022, Russia launched an invasion.');
    const p2 = body('p2', 'Within hours, airborne troops landed at the airport.');
    const p3 = body('p3', 'On 29 March, Moscow announced a retreat, and by 2 April Ukraine said the region had been retaken.');
    const mentions = [
      ...mentionsOf(p1, [['24 February 2022', 'DATE', '2022-02-24']]),
      ...mentionsOf(p2, [['hours', 'DURATION', 'PTXH']], 2),
      ...mentionsOf(p3, [['29 March', 'DATE', '2022-03-29'], ['2 April', 'DATE', '2022-04-02']], 3),
    ];
    expect(buildEvents([p1, p2, p3], mentions, PUBLISHED).map((e) => [e.start, e.title])).toEqual([
      ['2022-02-24', 'Russia launches invasion'],
      ['2022-02-24', 'Airborne troops land at airport'],
      ['2022-03-29', 'Moscow announces retreat'],
      ['2022-04-02', 'Ukraine says region retaken'],
    ]);
  });

  it('does not carry a date into a sentence that opens by setting its own time', () => {
    const p1 = body('p1', 'Ukraine marked the anniversary as troops advanced on Friday.');
    const p2 = body('p2', 'In the first weeks of the war, Russian troops advanced on Kyiv.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['Friday', 'DATE', '2024-02-16']]), PUBLISHED);
    expect(events.map((e) => e.sources[0]!.paragraph)).toEqual(['p1']);
  });

  it('dates a sentence that shows more of the same visit right after it', () => {
    const p1 = body('p1', 'The king visited the flooded towns yesterday.');
    const p2 = body('p2', 'Footage showed Charles visiting a shelter in the north.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['yesterday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start, e.sources[0]!.text])).toEqual([
      ['King visits flooded towns', '2024-02-19', 'The king visited the flooded towns yesterday'],
      ['Charles visits shelter in north', '2024-02-19', 'Charles visiting a shelter in the north'],
    ]);
  });
});

describe('buildEvents negative cases', () => {
  it('makes no event from a dateline or a repeated caption', () => {
    const dateline: Paragraph = { id: 'p1', kind: 'dateline', text: 'Feb 20, 2024' };
    const caption: Paragraph = { id: 'p2', kind: 'caption', text: 'Troops in May.' };
    const repeat: Paragraph = { id: 'p3', kind: 'caption', text: 'Troops in May.', repeatOf: 'p2' };
    const mentions = [
      ...mentionsOf(dateline, [['Feb 20, 2024', 'DATE', '2024-02-20']]),
      ...mentionsOf(repeat, [['May', 'DATE', '2023-05']], 2),
    ];
    expect(buildEvents([dateline, caption, repeat], mentions, PUBLISHED)).toEqual([]);
  });

  it('makes no event from a duration that no clause anchors', () => {
    const p = body('p1', 'He was given a sentence of two years.');
    expect(buildEvents([p], mentionsOf(p, [['two years', 'DURATION', 'P2Y']]), PUBLISHED)).toEqual([]);
  });

  it('makes no event from "since March" that only counts ("his second trip since March")', () => {
    const p = body('p1', 'He came back today, his second trip since March.');
    const events = buildEvents([p], mentionsOf(p, [['today', 'DATE', '2024-02-20'], ['March', 'DATE', '2023-03']]), PUBLISHED);
    expect(events.map((e) => e.start)).toEqual(['2024-02-20']);
  });

  it('makes no planned event from the past tense or a mere necessity', () => {
    const p = body('p1', 'The army prepared for an offensive. Tanks are necessary to launch the attack.');
    expect(buildEvents([p], [], PUBLISHED)).toEqual([]);
  });

  it('does not carry a date into an undated sentence without a link to it', () => {
    const p1 = body('p1', 'Russia annexed four regions in September.');
    const p2 = body('p2', 'Footage of the visits could not be verified.');
    expect(buildEvents([p1, p2], mentionsOf(p1, [['September', 'DATE', '2022-09']]), PUBLISHED)).toHaveLength(1);
  });

  it('does not carry a date into a conditional or future sentence', () => {
    const p1 = body('p1', 'The president visited Paris on Monday.');
    const p2 = body('p2', 'She will then fly to Berlin.');
    expect(buildEvents([p1, p2], mentionsOf(p1, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED)).toHaveLength(1);
  });
});
