import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';
import { STORY_TEXTS } from './storyTexts';

/** Each event as its EDTF date, title and the words it quotes. */
const eventsOf = (text: string, published: string) =>
  extractArticle(text, { published }).events.map((e) => [e.edtf, e.title, e.sources.map((s) => s.text)]);

describe('the date an event counts from', () => {
  it('counts "two days later", "a week after that" and "three days after the walkout" from the date before, even one in a relative clause', () => {
    expect(eventsOf(STORY_TEXTS.intervalsAfter, '2023-11-20')).toEqual([
      ['2023-11-05', 'Dockers walk out', ['The dockers, who walked out on 5 November']],
      ['2023-11-07~', 'Union calls off strike', ['Two days later, the union called off the strike']],
      ['2023-11-14~', 'First ships sail', ['A week after that, the first ships sailed']],
      ['2023-11-08~', 'Owners offer raise', ['Three days after the walkout, the owners had offered a raise']],
    ]);
  });

  it('keeps a month for "two days later" after a month (never a day it cannot know), and counts whole years (the tagger reads "a year later" as the year)', () => {
    expect(eventsOf(STORY_TEXTS.intervalsAfterMonth, '2023-04-18').map(([edtf, title]) => [edtf, title])).toEqual([
      ['1984-03', 'Miners walk out'],
      ['1984-03~', 'Police close roads'],
      ['1985', 'Last pit shuts'],
    ]);
  });

  it('neither dates nor joins to the event before a sentence counted from an event the story has not dated', () => {
    expect(eventsOf(STORY_TEXTS.intervalsAfterOther, '2023-04-20')).toEqual([
      ['2023-04-18', 'Senate passes budget', ['The senate passed the budget on Tuesday']],
    ]);
  });

  it('makes ", and two days later the union …" its own event, counted from the date before it in the sentence', () => {
    expect(eventsOf(STORY_TEXTS.intervalInSentence, '2023-04-18')).toEqual([
      ['1984-11-05', 'Dockers walk out', ['The dockers walked out on 5 November 1984']],
      ['1984-11-07~', 'Union calls off strike', ['two days later the union called off the strike']],
    ]);
  });

  it('keeps the year for "a month later" and "the next day" after a date known only to its year', () => {
    expect(eventsOf(STORY_TEXTS.intervalsAfterYear, '2023-04-18').map(([edtf, title]) => [edtf, title])).toEqual([
      ['1984', 'Dockers walk out'],
      ['1984', 'Police close roads'],
      ['1984', 'Miners join strike'],
    ]);
  });

  it('does not count "two days later" from an older date past a sentence that names only a stretch', () => {
    expect(eventsOf(STORY_TEXTS.intervalsAfterStretch, '2023-04-18').map(([edtf, title]) => [edtf, title])).toEqual([
      ['1453-05-29', 'City falls'],
      ['1453-04/1453-05', 'Siege lasts'],
    ]);
  });

  it('dates the event a date names inside a noun phrase, not the clause that happened after it', () => {
    expect(eventsOf(STORY_TEXTS.datedNouns, '2023-04-18')).toEqual([
      ['2002', 'The strike', ['the strike of 2002']],
      ['1666', '1666 fire', ['1666 fire']],
      ['1926', 'Port closes', ['During the 1926 strike, the port closed']],
    ]);
  });

  it('makes one event of a dated clause whose subject does several things, quoting every verb; a second date is its own event', () => {
    expect(eventsOf(STORY_TEXTS.sharedSubject, '2023-04-18')).toEqual([
      ['1453-05-05', 'Army crosses river, takes town', ['On 5 May 1453 the army crossed the river and took the town']],
      ['1453-05-09', 'Fleet sails', ['The fleet sailed on 9 May, shelled the harbour and landed troops']],
      ['1453-05-12', 'Engineers build bridge', ['The engineers built a bridge on 12 May']],
      ['1453-05-20', 'Engineers burn camp', ['burned the camp on 20 May']],
    ]);
  });

  it('dates "early 2021" and "late May 2022" to the year and the month they qualify, and says so', () => {
    const events = extractArticle(STORY_TEXTS.partsOfPeriods, { published: '2023-04-18' }).events;
    expect(events.map((e) => [e.edtf, e.granularity, e.approximate])).toEqual([
      ['2021', 'year', false],
      ['2022-05', 'month', false],
      ['2022-06', 'month', false],
    ]);
    expect(events[0]!.why?.at(-1)).toBe('"early" names part of the year 2021: dated to the whole year, no finer than the text says');
  });

  it('dates the verb after a relative clause that describes the subject, not the relative clause\'s own verb', () => {
    expect(eventsOf(STORY_TEXTS.relativeInside, '2023-04-18')).toEqual([
      ['2023-04-17', 'Steelmaker says it will close two mills', ['On Monday, the steelmaker, which is based in Ohio, said it would close two mills']],
      ['2023-03', 'Mayor resigns', ['In March, the mayor, who took office in 2019, resigned']],
      ['2019', 'Mayor takes office', ['the mayor, who took office in 2019']],
    ]);
  });

  it('makes one event of "its third quarter ended Sept. 30": the end day is part of the quarter', () => {
    expect(eventsOf(STORY_TEXTS.periodEnded, '2022-10-27')).toEqual([
      ['2022-35', 'Acme Corp. loses $5 million', ['Acme Corp. lost $5 million in its third quarter ended Sept. 30']],
    ]);
  });

  it('quotes an undated "as" or "while" clause with the dated clause it goes on at the same time as, but not a "because" clause', () => {
    expect(eventsOf(STORY_TEXTS.simultaneous, '2023-04-18').map(([edtf, , sources]) => [edtf, sources])).toEqual([
      ['2023-04-14T22:00', ['The guard was shot at 10 p.m. on Friday as he stood at the gate']],
      ['2023-04-15', ['The crowd cheered on Saturday while the band played']],
      ['2023-04-16', ['The match was stopped on Sunday']],
    ]);
  });

  it('makes no event of a negated happening at a date, but dates "did not sail until late on Friday" and an offer made on a day; a negated verb after the date does not govern it', () => {
    expect(eventsOf(STORY_TEXTS.negated, '2023-04-18').map(([edtf, , sources]) => [edtf, sources])).toEqual([
      ['2023-04-14', ['The ferry did not sail until late on Friday']],
      ['2023-04-17', ['The strikers have not accepted the offer made on Monday']],
      ['2023-05', ['With the vote due in May, the party could not agree on a leader']],
    ]);
  });

  it('makes no event of a habit ("each July", "every year in May", "usually … in March"), but keeps a plan for one month', () => {
    expect(eventsOf(STORY_TEXTS.habits, '2023-04-18').map(([edtf, , sources]) => [edtf, sources])).toEqual([
      ['2023-08', ['The final race is expected in August']],
    ]);
  });

  it('makes one event of "The 2013–14 season ended in May 2014": the years say which season, May 2014 when it ended', () => {
    expect(eventsOf(STORY_TEXTS.seasons, '2023-04-18').map(([edtf, title]) => [edtf, title])).toEqual([
      ['2014-05', 'Season ends'],
      ['2023-04-17', '2019-20 budget passed'],
      ['2015/2016', 'Club wins title in 2015-16 season'],
    ]);
  });
});
