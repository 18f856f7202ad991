import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';
import { STORY_TEXTS } from './storyTexts';

const published = '2023-04-18';
/** Each event as its EDTF date, title and the words it quotes. */
const eventsOf = (text: string, day = published) =>
  extractArticle(text, { published: day }).events.map((e) => [e.edtf, e.title, e.sources.map((s) => s.text)]);

describe('events of a story told over several sentences', () => {
  it('adds an undated past-tense sentence to the event before it, past a quotation, but not after a look back nor in the present', () => {
    expect(eventsOf(STORY_TEXTS.goesOn)).toEqual([
      ['2023-04-16', 'Police clash with protesters outside parliament', [
        'Police clashed with protesters outside parliament on Sunday',
        'Officers arrested twelve people near the square',
        'The mayor said the square would reopen within days',
      ]],
      ['2011', 'Thousands of students fill square', ['In 2011, thousands of students filled the square for a month']],
    ]);
  });

  it('goes on with a history told forward until "Later" moves it on', () => {
    expect(eventsOf(STORY_TEXTS.historyGoesOn, '2020-01-01')).toEqual([
      ['1812-06', "Napoleon's army crosses Niemen", ["Napoleon's army crossed the Niemen in June 1812", 'It marched east towards Moscow']],
    ]);
  });

  it('makes no event of the date a figure is compared with ("up from $3.2 billion a year earlier", "from $20 billion in 2021")', () => {
    const dates = extractArticle(STORY_TEXTS.comparisons, { published: '2022-10-27' }).events.map((e) => e.edtf);
    // Tuesday's statement, the third and fourth quarters, Friday's count, last year's growth: 2021 and 1990 are yardsticks.
    expect(dates).toEqual(['2022-10-25', '2022-35', '2022-36', '2022-10-21', '2021']);
  });

  it('lets a sentence dated only by a yardstick go on with the report before it', () => {
    const quarter = extractArticle(STORY_TEXTS.comparisons, { published: '2022-10-27' }).events[1]!;
    expect(quarter.sources.map((s) => s.text)).toEqual([
      'Acme Motors said on Tuesday that its profit rose to $4.1 billion in the third quarter, up from $3.2 billion a year earlier',
      'Sales fell 5% from $20 billion in 2021',
    ]);
  });

  it('keeps a plan made in the past for a date still to come, and places no past event after publication', () => {
    const events = extractArticle(STORY_TEXTS.plansInThePast, { published }).events;
    expect(events.map((e) => [e.edtf, e.sources[0]!.text])).toEqual([
      ['2023-04-20', 'The rescue team planned to leave Nairobi on Thursday for Dar es Salaam'],
      ['2023-04-21', 'Officials said the team would be ready to fly to Mombasa on Friday'],
    ]);
  });

  it('makes the "when" clause after a date its own event at that date, quoted from the date on', () => {
    expect(eventsOf(STORY_TEXTS.whenClauses, '2000-04-17').map(([edtf, , sources]) => [edtf, sources![0]])).toEqual([
      ['1968', 'The minister, who lived in London from 1968, when Soviet tanks entered Prague, until 1989'],
      ['1968', '1968, when Soviet tanks entered Prague'],
      ['2000-04-17', 'The minister, who lived in London from 1968, when Soviet tanks entered Prague, until 1989, returned home on Monday'],
      ['1999-08/..', 'Shares of the state bank have fallen by half since August'],  // the 'when' clause is the next event's words
      ['1999-08', 'August, when the government sold its stake'],
    ]);
  });

  it('makes an event of "today" with a verb in the progressive, none of "today" with a state', () => {
    expect(eventsOf(STORY_TEXTS.today, '1998-01-11').map(([edtf, , sources]) => [edtf, sources![0]])).toEqual([
      ['1998-01-11', 'Helicopters are flying over northern New York today to find stranded families'],
    ]);
  });

  it('makes "had been arrested since 1990" a stretch from 1990 up to about the report, not one going on', () => {
    const [event, ...rest] = extractArticle(STORY_TEXTS.sincePastPerfect, { published: '1999-05-06' }).events;
    expect(rest).toEqual([]);
    expect([event!.edtf, event!.ongoing, event!.sources[0]!.text]).toEqual([
      '1990/1999-05-06~', false, 'The activist had been arrested in several states since 1990 for blocking clinics',
    ]);
  });

  it('reads a whole wire story: the report goes on from its day, not from the stretch before it, and stops at a look back', () => {
    expect(eventsOf(STORY_TEXTS.forestFire, '2024-08-16').map(([edtf, , sources]) => [edtf, sources])).toEqual([
      ['2024-08-14', [
        'Firefighters contained a forest fire near Sintra on Wednesday after three days of strong winds, officials said',
        'The blaze destroyed 40 homes and forced 2,000 people from their villages',
        'Police arrested a man suspected of starting the fire',
      ]],
      ['2024-08-11~/2024-08-13', ['three days of strong winds']],
      ['2017', ['In 2017, fires in central Portugal killed more than 100 people']],
      ['2024-08-15', ['The prime minister visited the area on Thursday and promised aid', 'She said the state would pay for new roofs']],
    ]);
  });

  it('quotes an undated second predicate with its dated clause ("… in 1619 and renamed it Batavia"), but not one with its own date', () => {
    expect(eventsOf(STORY_TEXTS.coordinatedPredicates, '2020-01-01').map(([edtf, , sources]) => [edtf, sources])).toEqual([
      ['1619', ['Coen captured Jayakarta in 1619 and renamed it Batavia']],
      ['1620', ['The company walled the town in 1620']],
      ['1623', ['Coen sailed home in 1623']],
      ['1627', ['returned in 1627']],
    ]);
  });

  it('makes no event of a date that only describes a noun ("The bonds, due March 15, 2031,"); a phrase with a verb or a preposition still dates', () => {
    expect(eventsOf(STORY_TEXTS.attributeDates).map(([edtf, title, sources]) => [edtf, title, sources![0]])).toEqual([
      ['2023-04-17', 'Bonds sold', 'The bonds, due March 15, 2031, were sold on Monday'],
      ['2019', 'Notes issued', 'The notes, issued in 2019, were repaid on Friday'],
      ['2023-04-14', 'Notes repaid', 'The notes, issued in 2019, were repaid on Friday'],
      ['2023-04-18', 'Police arrest two traders', 'Police, on Tuesday, arrested two traders'],
    ]);
  });

  it('names the dated event after a stretch in lower case mid-title, unless the parse reads a name', () => {
    expect(eventsOf(STORY_TEXTS.stretchesBefore).map(([edtf, title]) => [edtf, title])).toEqual([
      ['2023-04-12', 'Firefighters contain forest fire'],
      ['2023-04-09~/2023-04-11', 'Three days of strong winds before firefighters contain forest fire'],
      ['2023-04-17', 'Mariupol falls'],
      ['2023-01-17~/2023-04-16', 'Three months of siege before Mariupol falls'],
    ]);
  });

  it('makes no event of a figure or a quality at a date ("Sales were $2.4 billion in 2022", "In March, the harbour was calm")', () => {
    expect(eventsOf(STORY_TEXTS.statesOfBeing).map(([edtf, , sources]) => [edtf, sources![0]])).toEqual([
      ['2023-04-17', 'Sales at the shipyard were $2.4 billion in 2022, the company said on Monday'],
      ['2023-04-16', 'Rescuers were able to reach 40 sailors on Sunday'],
      ['2023-04-15', 'Two sailors were killed on Saturday'],
      ['2023-02', 'The storm was responsible for the damage in February'],
      ['2022', "The shipyard's profit rose to $300 million last year"],
      ['1990/..', 'The yard has been independent since 1990'],
    ]);
  });
});
