import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/extract/index';

const tag = (text: string) => tagTimexes(text, { dct: '2023-04-18' }).map((t) => t.text);

describe('text that looks temporal but is not: no timexes', () => {
  it.each([
    ['prices', 'The jacket costs $1999 and the shoes 2020 euros.'],
    ['scores', 'Arsenal won 3-2 and drew 1:1 at home.'],
    ['version numbers', 'Upgrade to version 2.10.3 or 10.12 of the app.'],
    ['phone numbers', 'Call 555-2023 or (212) 555-1998.'],
    ['"may" the modal verb', 'He may go, but she may not.'],
    ['"May I" at the start of a sentence', 'May I ask a question?'],
    ['"march" the verb', 'They march on the capital.'],
    ['"March" the noun in a name', 'They joined the March on Washington.'],
    ['Theresa May', 'Theresa May met the press.'],
    ['April Ryan', 'The question came from April Ryan.'],
    ['"second" as an ordinal', 'It was his second visit, and the second time he spoke.'],
    ['a newspaper name', 'The Sunday Times reported it.'],
    ['percentages', 'Turnout was 2019 percent of the target, up 45%.'],
    ['counts that look like years', 'More than 2000 troops and 1500 people arrived.'],
    ['ages', 'A 52-year-old man and his 6-year-old son were rescued.'],
    ['"as many months"', 'It was his second visit in as many months.'],
    ['"a quarter of"', 'A quarter of the voters stayed home.'],
    ['rates that are part of an amount', 'It earns $5 million a year and sells 700 seats a week.'],
    ['"fall" the verb', 'Prices may fall in spring sales of the brand.'],
    ['counts below 1500', 'It opened in 1200 stores, sold 1450 of them and hired 1100 more, with 1288 people in all.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(tag(text)).toEqual([]);
  });
});

describe('years before 1500', () => {
  it('are read after a time preposition, before punctuation or a new clause', () => {
    expect(tag('Traders settled around 1160. In 1288 the town built a wall; pirates held it from 1394, and left in 1398.'))
      .toEqual(['1160', '1288', '1394', '1398']);
  });
});
