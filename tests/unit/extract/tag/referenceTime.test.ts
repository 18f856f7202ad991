import { describe, expect, it } from 'vitest';
import { extractArticle, tagTimexes } from '../../../../src/extract/index';

/** [text, value] of every timex in `text`, published on `dct`; the tagger decides news or history itself. */
function tag(text: string, dct: string): [string, string][] {
  return tagTimexes(text, { dct }).map((t) => [t.text, t.value]);
}

describe('deictic words count from publication, even in a story full of old dates', () => {
  const obituary = 'The actor made films in 1952, 1955 and 1960. He died on Wednesday in Rome. Last June he retired; '
    + 'next month a museum opens. He fell ill two years ago.';

  it("resolves 'on Wednesday' to the Wednesday before a 1998-03-12 publication, not a Wednesday of 1960", () => {
    expect(tag(obituary, '1998-03-12')).toEqual([
      ['1952', '1952'], ['1955', '1955'], ['1960', '1960'], ['Wednesday', '1998-03-11'],
      ['Last June', '1997-06'], ['next month', '1998-04'], ['two years ago', '1996'],
    ]);
  });

  it('keeps a weekday with the story when the story is at a day', () => {
    expect(tag('The siege began on 3 May 1942, a Sunday. On Tuesday the walls fell. In 1943 the town was rebuilt.', '2019-06-01'))
      .toEqual([['3 May 1942', '1942-05-03'], ['Sunday', '1942-05-03'], ['Tuesday', '1942-05-05'], ['1943', '1943']]);
  });
});

describe('a history gives days without a year the year of its story', () => {
  it("resolves 'On April 9' after 'in March 2003' in a 2009 text to 2003-04-09", () => {
    expect(tag('Troops crossed the border in March 2003. On April 9 the capital fell. The dictator was caught in December.', '2009-05-01'))
      .toEqual([['March 2003', '2003-03'], ['April 9', '2003-04-09'], ['December', '2003-12']]);
  });
});

describe('a news story that turns to an old date follows it', () => {
  it("resolves 'On April 9 the capital fell' after 'invaded on March 20, 2003' in a 2009 article to 2003-04-09", () => {
    expect(tag('Today the city is calm. Troops invaded on March 20, 2003. On April 9 the capital fell.', '2009-05-01'))
      .toEqual([['Today', '2009-05-01'], ['March 20, 2003', '2003-03-20'], ['April 9', '2003-04-09']]);
  });

  it('keeps a coming day in the present when the old date was only background', () => {
    expect(tag('Two men were charged on Friday over the Dec. 21, 1998, fire. On April 9 they will appear in court.', '2023-04-01'))
      .toEqual([['Friday', '2023-03-31'], ['Dec. 21, 1998', '1998-12-21'], ['April 9', '2023-04-09']]);
  });
});

describe('a past-tense clause is never placed after publication', () => {
  it("resolves 'collapsed on May 5' in an article of 2023-04-18 to 2022-05-05", () => {
    expect(tag('The bridge collapsed on May 5, officials said.', '2023-04-18')).toEqual([['May 5', '2022-05-05']]);
  });

  it("keeps 'will be held on May 5' and 'is to be held on May 5' ahead of publication", () => {
    expect(tag('The summit will be held on May 5.', '2023-04-18')).toEqual([['May 5', '2023-05-05']]);
    expect(tag('He said the summit is to be held on May 5.', '2023-04-18')).toEqual([['May 5', '2023-05-05']]);
  });

  it("keeps a date a past-tense verb points to ahead: 'extended the offer to May 5'", () => {
    expect(tag('The firm extended the offer to May 5.', '2023-04-18')).toEqual([['May 5', '2023-05-05']]);
  });

  it('does not let the full stop of "9.5 million" cut a clause from its verb', () => {
    expect(tag('The firm said it will redeem 9.5 million preferred shares on May 5.', '2023-04-18')).toEqual([['May 5', '2023-05-05']]);
  });

  it('lets a weekday name the year of a day without one', () => {
    expect(tag('The market crashed on Friday, May 5.', '2024-04-18')).toEqual([['Friday, May 5', '2023-05-05']]);
    expect(tag('The vote is on Sunday, May 5.', '2024-04-18')).toEqual([['Sunday, May 5', '2024-05-05']]);
  });
});

describe('a stretch of the past runs up to publication', () => {
  it.each([
    ['Sales have doubled over the past two years.', 'the past two years', 'P2Y'],
    ['Sales doubled over the past two years.', 'the past two years', 'P2Y'],
    ['Prices fell in the last three months.', 'the last three months', 'P3M'],
  ])('anchors %j to the publication day', (text, words, value) => {
    expect(tagTimexes(text, { dct: '2023-04-18' }).map((t) => [t.text, t.type, t.value, t.anchor])).toEqual([[words, 'DURATION', value, '2023-04-18']]);
  });

  it("leaves 'the last two years of his life' unanchored", () => {
    expect(tagTimexes('He spent the last two years of his life in Paris.', { dct: '2023-04-18' }).map((t) => t.anchor)).toEqual([undefined]);
  });
});

describe('times with zones and year ranges', () => {
  it("reads '15:00 GMT on Saturday' as 15:00 UTC on the Saturday before publication", () => {
    expect(tag('The final was played at 15:00 GMT on Saturday.', '2023-04-18')).toEqual([['15:00 GMT on Saturday', '2023-04-15T15:00Z']]);
  });

  it.each([
    ['Prices rose in 2009-2010.', [['2009', '2009'], ['2010', '2010']]],
    ['He scored twice in the 2013–14 season.', [['2013', '2013'], ['14', '2014']]],
    ['The war of 1939–45 changed the town.', [['1939', '1939'], ['45', '1945']]],
    ['The 1999-00 budget was cut.', [['1999', '1999'], ['00', '2000']]],
  ])('tags both ends of the year range in %j', (text, expected) => {
    expect(tag(text, '2023-04-18')).toEqual(expected);
  });

  it('does not read an ISO date, a hyphenated pair of unrelated years or a backwards pair as a range', () => {
    expect(tag('The law passed on 2009-10-05.', '2023-04-18')).toEqual([['2009-10-05', '2009-10-05']]);
    expect(tag('Codes 2009-17 and 2010-2009 were retired.', '2023-04-18').filter(([, v]) => v === '2017' || v === '2010')).toEqual([]);
  });
});

describe('the events stage can use zoned times and year ranges', () => {
  const events = (text: string) => extractArticle(text, { published: '2023-04-18' }).events.map((e) => [e.start, e.end ?? null, e.edtf]);

  it("makes an event at 15:00 UTC from '15:00 GMT Saturday'", () => {
    expect(events('The final was played at 15:00 GMT Saturday in London.')).toEqual([['2023-04-15T15:00Z', null, '2023-04-15T15:00Z']]);
  });

  it("makes a range from '2009-2010'", () => {
    expect(events('Prices rose in 2009-2010.')).toEqual([['2009', '2010', '2009/2010']]);
  });
});
