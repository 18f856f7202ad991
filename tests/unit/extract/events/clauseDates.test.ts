import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../src/extract/events/buildEvents';
import { body, mentionsOf } from './mentionsOf';

const PUBLISHED = '2024-02-20';

describe('which clauses a date makes events of', () => {
  it('does not carry a day into "Bush then sent …" when the sentence before told of another actor', () => {
    const p1 = body('p1', 'The Security Council ordered an embargo on Monday. Bush then sent troops to the border.');
    const events = buildEvents([p1], mentionsOf(p1, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start])).toEqual([['Security Council orders embargo', '2024-02-19']]);
  });

  it('does not carry a day into "She then …" after an undated aside, nor into "She later …"', () => {
    const p1 = body('p1', 'The governor opened the new bridge on Monday.');
    const p2 = body('p2', 'Engineers will inspect it every year. She then praised the builders. She later met the press.');
    const events = buildEvents([p1, p2], mentionsOf(p1, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start])).toEqual([['Governor opens new bridge', '2024-02-19']]);
  });

  it('ends a dated clause at ", then": "then moved on" is not told at the date', () => {
    const p = body('p1', 'The army took the town on Monday, then moved on to the capital.');
    const events = buildEvents([p], mentionsOf(p, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.title, e.start, e.sources[0]!.text])).toEqual([['Army takes town', '2024-02-19', 'The army took the town on Monday']]);
  });
});

describe('dates that make no event of their clause', () => {
  it('makes no event of a week word inside the quoted name of a programme', () => {
    const p = body('p1', 'The senator said on NBC\'s "This Week With Anna Reyes" that the talks would resume.');
    expect(buildEvents([p], mentionsOf(p, [['This Week', 'DATE', '2024-W08']]), PUBLISHED)).toEqual([]);
  });

  it('still dates a quoted sentence that opens with a weekday', () => {
    const p = body('p1', '"Tuesday was the day the levee broke," the mayor said.');
    const events = buildEvents([p], mentionsOf(p, [['Tuesday', 'DATE', '2024-02-20']]), PUBLISHED);
    expect(events.map((e) => e.start)).toEqual(['2024-02-20']);
  });

  it('makes no event of the date of an attribution: the report came then, the happening is undated', () => {
    const p = body('p1', 'The city council has set aside money for a new library, according to a local radio report Friday.');
    expect(buildEvents([p], mentionsOf(p, [['Friday', 'DATE', '2024-02-16']]), PUBLISHED)).toEqual([]);
  });

  it('dates the main clause of "might arrive as soon as Tuesday, according to …", quoting it whole', () => {
    const p = body('p1', 'The delegation might arrive in Geneva as soon as Tuesday, according to unconfirmed reports.');
    const events = buildEvents([p], mentionsOf(p, [['Tuesday', 'DATE', '2024-02-20']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([
      ['2024-02-20', 'The delegation might arrive in Geneva as soon as Tuesday, according to unconfirmed reports'],
    ]);
  });
});

describe('negated clauses', () => {
  it('makes no event of "As of Wednesday evening, he still had not signed …" nor "On Monday, the minister did not resign"', () => {
    const p = body('p1', 'As of Wednesday evening, the landlord still had not signed the lease. On Monday, the minister did not resign.');
    const mentions = mentionsOf(p, [['Wednesday evening', 'TIME', '2024-02-14TEV'], ['Monday', 'DATE', '2024-02-19']]);
    expect(buildEvents([p], mentions, PUBLISHED)).toEqual([]);
  });

  it('still dates "On Monday the army took the town"', () => {
    const p = body('p1', 'On Monday the army took the town.');
    expect(buildEvents([p], mentionsOf(p, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED).map((e) => [e.title, e.start])).toEqual([['Army takes town', '2024-02-19']]);
  });

  it('makes no stretch of "it is not going to change for a couple of years" after a dated sentence', () => {
    const p1 = body('p1', 'The shop lost half its value in October.');
    const p2 = body('p2', 'I think it is not going to change for a couple of years.');
    const mentions = [...mentionsOf(p1, [['October', 'DATE', '2023-10']]), ...mentionsOf(p2, [['a couple of years', 'DURATION', 'P2Y']], 2)];
    expect(buildEvents([p1, p2], mentions, PUBLISHED).map((e) => [e.title, e.start, e.end])).toEqual([['Shop loses half its value', '2023-10', undefined]]);
  });
});

describe('dates that describe a thing or a measured state', () => {
  it('makes no event of a payment date and a record date that describe a dividend', () => {
    const p = body('p1', 'Harbor Mills declared a special dividend of ten cents a share, payable March 1 to holders of record Feb. 22.');
    expect(buildEvents([p], mentionsOf(p, [['March 1', 'DATE', '2024-03-01'], ['Feb. 22', 'DATE', '2024-02-22']]), PUBLISHED)).toEqual([]);
  });

  it('makes no event of the payment date of "a split of the common, payable March 1"', () => {
    const p = body('p1', 'The directors approved a 2-for-1 split of the common, payable March 1 to stock of record Feb. 22.');
    expect(buildEvents([p], mentionsOf(p, [['March 1', 'DATE', '2024-03-01'], ['Feb. 22', 'DATE', '2024-02-22']]), PUBLISHED)).toEqual([]);
  });

  it('keeps "is payable March 1" as the clause\'s own date but not the record date after it', () => {
    const p = body('p1', 'The dividend is payable March 1 to shareholders of record Feb. 22.');
    const events = buildEvents([p], mentionsOf(p, [['March 1', 'DATE', '2024-03-01'], ['Feb. 22', 'DATE', '2024-02-22']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.mentions])).toEqual([['2024-03-01', ['m1']]]);
  });

  it('makes no event of a figure measured "as of" a date', () => {
    const p = body('p1', 'The bank\'s ratio of capital to total loans as of Dec. 31 was 4.2%.');
    expect(buildEvents([p], mentionsOf(p, [['Dec. 31', 'DATE', '2023-12-31']]), PUBLISHED)).toEqual([]);
  });

  it('dates a happening told "as of" a date', () => {
    const p = body('p1', 'As of Monday, 200 families had left the valley.');
    expect(buildEvents([p], mentionsOf(p, [['Monday', 'DATE', '2024-02-19']]), PUBLISHED).map((e) => e.start)).toEqual(['2024-02-19']);
  });
});

describe('clauses that a date makes events of', () => {
  it('dates a "when" clause after a bound: "until early 2025, when each branch will adopt the name"', () => {
    const p = body('p1', 'The branches will keep their names until early 2025, when each branch will adopt the new name.');
    const events = buildEvents([p], mentionsOf(p, [['early 2025', 'DATE', '2025']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([['2025', 'early 2025, when each branch will adopt the new name']]);
  });

  it('reads a "when" clause set off by dashes or spaced underscores as one set off by commas', () => {
    const p = body('p1', 'Since 2015 _ when the army built the wall _ nearly 200 people have crossed.');
    const events = buildEvents([p], mentionsOf(p, [['2015', 'DATE', '2015']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text]).filter(([, text]) => text!.includes('when'))).toEqual([['2015', '2015 _ when the army built the wall']]);
  });

  it('makes no "when" event after a yardstick date', () => {
    const p = body('p1', 'Prices rose 5% from a year earlier, when demand was weak.');
    expect(buildEvents([p], mentionsOf(p, [['a year earlier', 'DATE', '2023']]), PUBLISHED)).toEqual([]);
  });

  it('dates "we today accept the guarantee" inside a quotation, from its subject on', () => {
    const p = body('p1', '"It is fitting that we today accept the treaty in this hall," the minister said.');
    const events = buildEvents([p], mentionsOf(p, [['today', 'DATE', '2024-02-20']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([['2024-02-20', 'we today accept the treaty in this hall," the minister said']]);
  });

  it('makes no event of "today" in a way of life: "Many farmers today grow soy" and "Today the town is home to 4,000 people"', () => {
    const p = body('p1', 'Many farmers today grow soy. Today the town is home to 4,000 people.');
    expect(buildEvents([p], mentionsOf(p, [['today', 'DATE', '2024-02-20'], ['Today', 'DATE', '2024-02-20']]), PUBLISHED)).toEqual([]);
  });
});

describe('states and negative subjects at a date', () => {
  it('makes no event of a figure at a date, however the date\'s words are tagged or the figure is compared', () => {
    const p = body('p1', 'In the year-earlier quarter, the tax credit was $3.3 million. On Friday, the share price index was down 15.82 at 2681.76. Costs were $6.6 million in the quarter compared with $3.1 million a year ago.');
    const mentions = mentionsOf(p, [['the year-earlier quarter', 'DATE', '2023-Q3'], ['Friday', 'DATE', '2024-02-16'], ['the quarter', 'DATE', '2024-Q3'], ['a year ago', 'DATE', '2023-Q3']]);
    expect(buildEvents([p], mentions, PUBLISHED)).toEqual([]);
  });

  it('makes no event of a quoted quality at a date: \'performance this year has been "dismal"\'', () => {
    const p = body('p1', 'The mill\'s performance this year has been "dismal," the analyst said.');
    expect(buildEvents([p], mentionsOf(p, [['this year', 'DATE', '2024']]), PUBLISHED)).toEqual([]);
  });

  it('makes no event of "Neither he nor his parents could be found Wednesday" nor "there was no word on Tuesday"', () => {
    const p = body('p1', 'Neither he nor his parents could be found Wednesday in their village. Agents flew to the coast, but there was no word on Tuesday of any arrest.');
    const mentions = mentionsOf(p, [['Wednesday', 'DATE', '2024-02-14'], ['Tuesday', 'DATE', '2024-02-20']]);
    expect(buildEvents([p], mentions, PUBLISHED)).toEqual([]);
  });

  it('still dates "last year they earned …" after "while there was no profit this year,"', () => {
    const p = body('p1', 'While there was no profit this year from the mines, last year they earned $34 million.');
    const events = buildEvents([p], mentionsOf(p, [['this year', 'DATE', '2024'], ['last year', 'DATE', '2023']]), PUBLISHED);
    expect(events.map((e) => e.start)).toEqual(['2023']);
  });
});

describe('"since then"', () => {
  it('makes "Since then … have been caught" a stretch from the date before up to publication', () => {
    const p = body('p1', 'He is the 400th name on the register, which began in 1950. Since then, 390 fugitives have been caught.');
    const events = buildEvents([p], mentionsOf(p, [['1950', 'DATE', '1950']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.end, e.ongoing, e.sources[0]!.text])).toEqual([
      ['1950', undefined, false, 'the register, which began in 1950'],
      ['1950', PUBLISHED, true, 'Since then, 390 fugitives have been caught'],
    ]);
  });

  it('makes no stretch of "Since then" in the past tense', () => {
    const p = body('p1', 'The register began in 1950. Since then, the rules changed twice.');
    const events = buildEvents([p], mentionsOf(p, [['1950', 'DATE', '1950']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.end])).toEqual([['1950', undefined]]);
  });
});

describe('two dates joined by "and"', () => {
  it('makes "in both 2025 and 2026" two dated events, not one stretch', () => {
    const p = body('p1', 'The merger will cut the bank\'s earnings by about 9% in both 2025 and 2026.');
    const events = buildEvents([p], mentionsOf(p, [['2025', 'DATE', '2025'], ['2026', 'DATE', '2026']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.end])).toEqual([['2025', undefined], ['2026', undefined]]);
  });
});

describe('"today" after the verb', () => {
  it('dates "they put up a giant cross today" but not "Many firms make a profit today"', () => {
    const p = body('p1', 'In the main square, they put up a giant cross today. Many firms make a profit today.');
    const events = buildEvents([p], mentionsOf(p, [['today', 'DATE', '2024-02-20'], ['today', 'DATE', '2024-02-20']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([['2024-02-20', 'In the main square, they put up a giant cross today']]);
  });
});

describe('"for the nine months"', () => {
  it('makes no stretch from the story\'s date of "For the nine months, the mill earned …": the period is a known one', () => {
    const p1 = body('p1', 'The mill announced earlier this month that it would sell its Texas plant.');
    const p2 = body('p2', 'For the nine months, the mill earned $81 million.');
    const mentions = [...mentionsOf(p1, [['earlier this month', 'DATE', '2024-02']]), ...mentionsOf(p2, [['the nine months', 'DURATION', 'P9M']], 2)];
    expect(buildEvents([p1, p2], mentions, PUBLISHED).map((e) => [e.start, e.end])).toEqual([['2024-02', undefined]]);
  });
});

describe('"when" without a comma', () => {
  it('quotes "when a storm hit the coast" with the dated clause it tells the cause of', () => {
    const p = body('p1', 'Nine people were killed on Sunday when a storm hit the coast. The tower stood until 1990, when the storm tore it down.');
    const events = buildEvents([p], mentionsOf(p, [['Sunday', 'DATE', '2024-02-18'], ['1990', 'DATE', '1990']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([
      ['2024-02-18', 'Nine people were killed on Sunday when a storm hit the coast'],
      ['1990', '1990, when the storm tore it down'],
    ]);
  });
});

describe('an undated clause before "when"', () => {
  it('quotes "perished" with "when their boat sank … in late November", which dates both', () => {
    const p = body('p1', 'Twelve fishermen perished when their boat sank off the cape in late November.');
    const events = buildEvents([p], mentionsOf(p, [['late November', 'DATE', '2023-11']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([['2023-11', 'Twelve fishermen perished when their boat sank off the cape in late November']]);
  });
});

describe('"since" with a perfect verb past a participle', () => {
  it('makes "Since 2015, three guards, including the chief, have been wounded" a stretch up to publication', () => {
    const p = body('p1', 'Since 2015, three guards, including the chief, have been wounded.');
    const events = buildEvents([p], mentionsOf(p, [['2015', 'DATE', '2015']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.end, e.ongoing])).toEqual([['2015', PUBLISHED, true]]);
  });
});

describe('"Today is …"', () => {
  it('makes no event of "Today is a sad day for the town," the mayor said', () => {
    const p = body('p1', '"Today is a sad day for the town," said the mayor, who arrived in 1990.');
    const events = buildEvents([p], mentionsOf(p, [['Today', 'DATE', '2024-02-20'], ['1990', 'DATE', '1990']]), PUBLISHED);
    expect(events.map((e) => e.start)).toEqual(['1990']);
  });
});

describe('"Today" before an irregular past', () => {
  it('dates "Today, hundreds of pilgrims began to arrive"', () => {
    const p = body('p1', 'Today, hundreds of pilgrims began to arrive.');
    expect(buildEvents([p], mentionsOf(p, [['Today', 'DATE', '2024-02-20']]), PUBLISHED).map((e) => e.start)).toEqual(['2024-02-20']);
  });
});

describe('a date set before the sentence\'s first clause', () => {
  it('quotes ", and the chief was arrested" with "In June, the leaders fell out" but not ", and the army later retook it"', () => {
    const p = body('p1', 'In June, the leaders fell out, and the chief was arrested. On Monday, the rebels took the town, and the army later retook it.');
    const events = buildEvents([p], mentionsOf(p, [['June', 'DATE', '2023-06'], ['Monday', 'DATE', '2024-02-19']]), PUBLISHED);
    expect(events.map((e) => [e.start, e.sources[0]!.text])).toEqual([
      ['2023-06', 'In June, the leaders fell out, and the chief was arrested'],
      ['2024-02-19', 'On Monday, the rebels took the town'],
    ]);
  });
});

describe('a vague time of the sentence\'s own', () => {
  it('does not join "indicated in the past that …" to the dated sentence before', () => {
    const p = body('p1', 'Officials said on Monday that 4,000 troops had landed. Commanders indicated in the past that they could land 30,000 troops.');
    const mentions = mentionsOf(p, [['Monday', 'DATE', '2024-02-19'], ['the past', 'DATE', 'PAST_REF']]);
    expect(buildEvents([p], mentions, PUBLISHED).map((e) => e.sources.map((s) => s.text))).toEqual([['Officials said on Monday that 4,000 troops had landed']]);
  });
});

describe('a yardstick of two amounts', () => {
  it('makes no event of "compared with 1.83 marks and 141.5 yen Wednesday"', () => {
    const p = body('p1', 'The dollar ended at 1.84 marks and 142.1 yen, compared with 1.83 marks and 141.5 yen Wednesday.');
    expect(buildEvents([p], mentionsOf(p, [['Wednesday', 'DATE', '2024-02-14']]), PUBLISHED)).toEqual([]);
  });
});
