import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/extract/index';

/** [text, value] of every timex in `text`, published on `dct`. */
function tag(text: string, dct: string | null = '2023-04-18', narrative = false): [string, string][] {
  return tagTimexes(text, { dct, narrative }).map((t) => [t.text, t.value]);
}

describe('months and days resolve by the tense of their clause', () => {
  it("resolves 'in May' in a 2023-04-18 article to 2022-05 when the clause is past", () => {
    expect(tag('The city was captured in May.')).toEqual([['May', '2022-05']]);
  });

  it("resolves 'in May' to 2023-05 when the clause is future", () => {
    expect(tag('The talks will resume in May.')).toEqual([['May', '2023-05']]);
  });

  it("resolves 'by June' to the coming June", () => {
    expect(tag('The bridge must be finished by June.')).toEqual([['June', '2023-06']]);
  });

  it("resolves 'Friday' in a past clause to the Friday before publication", () => {
    expect(tag('The minister resigned on Friday.')).toEqual([['Friday', '2023-04-14']]);
  });

  it("resolves 'Friday' in a future clause to the Friday after publication", () => {
    expect(tag('The minister will resign on Friday.')).toEqual([['Friday', '2023-04-21']]);
  });

  it('takes the tense of each predicate when two are joined by "and"', () => {
    expect(tag('Blinken visited the zone on Sunday and will travel to Ankara on Friday.')).toEqual([['Sunday', '2023-04-16'], ['Friday', '2023-04-21']]);
  });

  it("resolves 'next Friday' to the Friday after publication and 'last Friday' to the one before", () => {
    expect(tag('He left last Friday and returns next Friday.')).toEqual([['last Friday', '2023-04-14'], ['next Friday', '2023-04-21']]);
  });

  it("resolves 'Nov. 21' near a November publication date to the same year", () => {
    expect(tag('The rights expire Nov. 21, the company said.', '1989-11-02')).toEqual([['Nov. 21', '1989-11-21']]);
  });

  it("keeps the year when the text gives it: 'October 12, 2005'", () => {
    expect(tag('It opens on October 12, 2005.')).toEqual([['October 12, 2005', '2005-10-12']]);
  });

  it("resolves 'June last year' to June of the previous year", () => {
    expect(tag('In June last year the leaders met.')).toEqual([['June last year', '2022-06']]);
  });
});

describe('deictic words count from the publication date', () => {
  it.each([
    ['It happened yesterday.', 'yesterday', '2023-04-17'],
    ['We leave tomorrow.', 'tomorrow', '2023-04-19'],
    ['Sales fell last month.', 'last month', '2023-03'],
    ['Sales fell last week.', 'last week', '2023-W15'],
    ['Sales will rise next year.', 'next year', '2024'],
    ['Sales rose earlier this month.', 'earlier this month', '2023-04'],
    ['He left two years ago.', 'two years ago', '2021'],
    ['He left three days ago.', 'three days ago', '2023-04-15'],
    ['They met this morning.', 'this morning', '2023-04-18TMO'],
    ['The vote was held last night.', 'last night', '2023-04-17TNI'],
    ['Prices are high now.', 'now', 'PRESENT_REF'],
    ['Prices rose recently.', 'recently', 'PAST_REF'],
    ['Prices may fall in the future.', 'the future', 'FUTURE_REF'],
    ['The plant closed last fall.', 'last fall', '2022-FA'],
    ['The plant will close this summer.', 'this summer', '2023-SU'],
  ])('resolves %j → %s = %s', (sentence, mention, value) => {
    expect(tag(sentence)).toEqual([[mention, value]]);
  });
});

describe('durations, sets, quarters, decades and holidays', () => {
  it.each([
    ['The siege lasted two months.', 'two months', 'P2M'],
    ['It has been the stage for 8-and-a-half months.', '8-and-a-half months', 'P8.5M'],
    ['Shares fell in the past three months.', 'the past three months', 'P3M'],
    ['The strike lasted 24 hours.', '24 hours', 'PT24H'],
    ['It signed a two-year contract.', 'two-year', 'P2Y'],
    ['The talks took several years.', 'several years', 'PXY'],
    ['The paper is published daily.', 'daily', 'P1D'],
    ['The board meets every week.', 'every week', 'P1W'],
    ['The board meets twice a week.', 'twice a week', 'P1W'],
    ['Profit will rise in the third quarter.', 'the third quarter', '2023-Q3'],
    ['Profit rose in the third quarter.', 'the third quarter', '2022-Q3'],
    ['Music changed in the 1990s.', 'the 1990s', '199'],
    ['The church was built in the 19th century.', 'the 19th century', '18'],
    ['They celebrated Easter.', 'Easter', '2023-04-09'],
    ['Talks were held in fiscal 1999.', 'fiscal 1999', '1999'],
    ['The law passed on 2005/10/12.', '2005/10/12', '2005-10-12'],
    ['The law passed on 31.12.2005.', '31.12.2005', '2005-12-31'],
  ])('tags %j as %s = %s', (sentence, mention, value) => {
    expect(tag(sentence)).toEqual([[mention, value]]);
  });

  it("resolves 'a year earlier' in a sentence about quarters to the same quarter a year before", () => {
    expect(tag('Third-quarter profit rose to $5 million from $4 million a year earlier.', '1989-10-26'))
      .toEqual([['Third-quarter', '1989-Q3'], ['a year earlier', '1988-Q3']]);
  });

  it("reads '12:15 UTC' as a time on the publication day with a trailing Z", () => {
    expect(tag('The quake struck at 12:15 UTC.')).toEqual([['12:15 UTC', '2023-04-18T12:15Z']]);
  });
});

describe('reference time', () => {
  it('uses X placeholders when there is no publication date', () => {
    expect(tag('It happened in May and yesterday.', null)).toEqual([['May', 'XXXX-05'], ['yesterday', 'XXXX-XX-XX']]);
  });

  it('in narrative mode resolves relative expressions against the last absolute date mentioned', () => {
    expect(tag('The army crossed the river on June 3, 1944. The next day it took the town. In August it reached Paris.', '2023-04-18', true))
      .toEqual([['June 3, 1944', '1944-06-03'], ['The next day', '1944-06-04'], ['August', '1944-08']]);
  });

  it('treats a history with no deictic words as a narrative when the caller does not say', () => {
    const story = 'The division landed in Normandy on June 6, 1944. In July it fought near Carentan. On Sept. 17 it jumped into Holland.';
    expect(tagTimexes(story, { dct: '2021-05-01' }).map((t) => [t.text, t.value]))
      .toEqual([['June 6, 1944', '1944-06-06'], ['July', '1944-07'], ['Sept. 17', '1944-09-17']]);
  });

  it('recognises a history by its dates even with its own publication stamp and "the following month"', () => {
    const story = 'Published 14 March 2021\n\nThe siege began on 5 April 1992. A shell struck the market on 5 February 1994. '
      + 'The accord was initialled in November 1995 and signed the following month. After the massacre in July, talks resumed.';
    expect(tagTimexes(story, { dct: '2021-03-14' }).map((t) => [t.text, t.value]).slice(-2))
      .toEqual([['the following month', '1995-12'], ['July', '1995-07']]);
  });

  it('in news, lets a story that opens with an old date carry months without a year', () => {
    const story = 'On 24 February 2022, Russia launched a full-scale invasion. By early March, a convoy had stalled. '
      + 'On 29 March, Moscow announced a retreat. Today, the airport remains closed.';
    expect(tag(story, '2024-02-24')).toEqual([
      ['24 February 2022', '2022-02-24'], ['early March', '2022-03'], ['29 March', '2022-03-29'], ['Today', '2024-02-24'],
    ]);
  });

  it('does not let an old date inside a sentence take the story away from publication', () => {
    const text = 'Two agents were charged in the Dec. 21, 1988, bombing of a plane. They were removed from the list after Libya agreed in April to hand them over.';
    expect(tag(text, '1999-06-07')).toEqual([['Dec. 21, 1988', '1988-12-21'], ['April', '1999-04']]);
  });

  it('keeps news mode when the caller says narrative: false', () => {
    const story = 'The division landed in Normandy on June 6, 1944. In July it fought near Carentan. Next July a museum opens.';
    expect(tag(story, '2021-05-01', false)).toEqual([['June 6, 1944', '1944-06-06'], ['July', '1944-07'], ['Next July', '2021-07']]);
  });

  it("counts a fortnight as two weeks: 'in a fortnight' is P2W and 'a fortnight ago' two weeks back", () => {
    expect(tag('Talks resume in a fortnight. He left a fortnight ago.', '2023-06-15')).toEqual([['a fortnight', 'P2W'], ['a fortnight ago', '2023-W22']]);
  });

  it("reads 'the night of 5–6 June 1944' as the night that starts on the 5th", () => {
    expect(tag('The invasion began on the night of 5–6 June 1944.')).toEqual([['the night of 5–6 June 1944', '1944-06-05TNI']]);
    expect(tag('The raid came on the night of 14/15 April.', '1912-04-20')).toEqual([['the night of 14/15 April', '1912-04-14TNI']]);
  });

  it("reads 'the winter of 2013-14' as the winter that starts in 2013, and no other season across two years", () => {
    expect(tag('In the winter of 2013-14, protests filled the square.')).toEqual([['the winter of 2013-14', '2013-WI']]);
    expect(tag('Winter 2022/23 was mild.')).toEqual([['Winter 2022/23', '2022-WI']]);
    expect(tag('In the winter of 2013-15, nothing.')).toEqual([]);
  });

  it("resolves 'the following spring' from the last date mentioned, not from publication", () => {
    expect(tag('The siege began in the winter of 1941. The following spring the offensive resumed.', '2024-06-01', true))
      .toEqual([['the winter of 1941', '1941-WI'], ['The following spring', '1942-SP']]);
  });

  it("counts 'last summer' in a history from the writing, not from the history's last date", () => {
    const story = 'The first light was lit in 1811. The keepers left in 1988, and a trust opened the tower to visitors in 2019. '
      + 'Last summer 6,000 people climbed it. Next spring the trust will repaint it.';
    expect(tag(story, '2025-03-14', true).slice(-2)).toEqual([['Last summer', '2024-SU'], ['Next spring', '2026-SP']]);
  });

  it("gives 'July' in 'July and August 1943' the year written after the pair", () => {
    expect(tag('The battle raged in July and August 1943.')).toEqual([['July', '1943-07'], ['August 1943', '1943-08']]);
  });

  it('reads a clock time followed by a full date as that moment', () => {
    expect(tag('The attack began at 03:15 on 22 June 1941.')).toEqual([['03:15 on 22 June 1941', '1941-06-22T03:15']]);
  });

  it("gives the '25' of 'April 24 and 25' the month of the day before it", () => {
    expect(tag('The summit will be held on April 24 and 25.')).toEqual([['April 24', '2023-04-24'], ['25', '2023-04-25']]);
  });

  it("resolves 'that same day' to the last day mentioned", () => {
    expect(tag('The law passed on March 3, 2021. That same day the minister resigned.'))
      .toEqual([['March 3, 2021', '2021-03-03'], ['That same day', '2021-03-03']]);
  });

  it("resolves 'the same period last year' to the month just talked about, a year back", () => {
    expect(tag('Sales fell 5% in February compared with the same period last year.', '2010-03-03'))
      .toEqual([['February', '2010-02'], ['the same period last year', '2009-02']]);
  });

  it("in news mode resolves 'the next day' against the last date mentioned", () => {
    expect(tag('The rebels attacked on Monday. The next day the army withdrew.')).toEqual([['Monday', '2023-04-17'], ['The next day', '2023-04-18']]);
  });
});
