import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';
import { OWN_TEXTS } from './ownTexts';

const published = '2023-04-18';
const eventsOf = (text: string, day = published) =>
  extractArticle(text, { published: day }).events.map((e) => [e.edtf, e.title]);

// One test per kind of mistake the issue lists, each on a text written for it: the expected events and titles.
describe('events of short texts, one per kind of mistake', () => {
  it('titles each date by its own clause, never by another sentence\'s', () => {
    expect(eventsOf(OWN_TEXTS.otherClause)).toEqual([
      ['2010', 'Unit carries out raid on compound near Kandahar'],
      ['2023-04-17', 'General arrives in Jordan'],
    ]);
  });

  it('titles with a whole clause, not a bare noun phrase ("York man")', () => {
    expect(eventsOf(OWN_TEXTS.bareNoun)).toEqual([['2023-04-18', 'York man arrested']]);
  });

  it('keeps the object of the verb ("Italy invades Ethiopia", not "Italy invades")', () => {
    expect(eventsOf(OWN_TEXTS.cutObject)).toEqual([
      ['1935-10', 'Italy invades Ethiopia'],
      ['1935-11', 'League of Nations imposes sanctions on Italy'],
    ]);
  });

  it('writes verbs in the present from their lemma, agreeing with the subject, passive without its auxiliary', () => {
    expect(eventsOf(OWN_TEXTS.garbled)).toEqual([
      ['2023-04-12', 'BP agrees to pay $20 billion into fund'],
      ['2023-04-16', 'Nine people killed'],
      ['2023-04-14', 'Officials meet to plan clean-up'],
    ]);
  });

  it('keeps an adjective that completes the verb ("goes bankrupt"), not only its object', () => {
    expect(eventsOf(OWN_TEXTS.complement)).toEqual([['2001-10', 'Airline goes bankrupt']]);
  });

  it('takes a subject the parse missed from the clause itself, never from an earlier sentence; "until at least" is a bound', () => {
    const titles = eventsOf(OWN_TEXTS.apposition).map(([, title]) => title);
    expect(titles).toContain('Blue Lagoon closes');
    expect(titles.some((title) => title?.startsWith("Grindavik's 3,700 residents"))).toBe(true);
    expect(titles.some((title) => /shut/i.test(title ?? ''))).toBe(false);
  });

  it('replaces a pronoun subject with the nearest named one', () => {
    expect(eventsOf(OWN_TEXTS.pronoun)).toEqual([
      ['2023-04-17', 'Acme Motors reports record profits'],
      ['2023-03', 'Acme Motors invests $2 million in new plant'],
    ]);
  });

  it('gives two dates of one clause two titles, and two predicates each their own', () => {
    expect(eventsOf(OWN_TEXTS.twoDates)).toEqual([
      ['2023-03', 'Central bank raises rates'],
      ['2022-05', 'Central bank raises rates (May 2022)'],
      ['1932', 'Old bridge opens'],
      ['2019', 'Old bridge closes'],
    ]);
  });

  it('carries no date across "Later", "Then" or a quotation', () => {
    expect(eventsOf(OWN_TEXTS.carry)).toEqual([['2023-04-17', 'President visits hospital']]);
  });

  it('makes "over the past two years" a range up to publication, and no event of "until April 1940" or "a month earlier than usual"', () => {
    expect(eventsOf(OWN_TEXTS.bounds)).toEqual([
      ['2021-04-18~/..', 'Prices rise'],
      ['2023', 'Season starts'],
    ]);
  });

  it('makes no event of a generic "today", but one of a dated "reopened today"', () => {
    expect(eventsOf(OWN_TEXTS.generic)).toEqual([['2023-04-18', 'Museum reopens after long renovation']]);
  });

  it('never places a past-tense event after publication', () => {
    const events = extractArticle(OWN_TEXTS.pastAfterPublication, { published }).events;
    expect(events.filter((e) => e.start > published)).toEqual([]);
  });

  it('makes an event of a time with a zone', () => {
    expect(eventsOf(OWN_TEXTS.zoneAndRange)[0]).toEqual(['2023-04-15T15:00Z', 'Match kicks off']);
  });

  it('reads a history at its own dates', () => {
    expect(eventsOf(OWN_TEXTS.history, '2020-01-27')).toEqual([
      ['1941-09', 'Siege begins'],
      ['1944-01-27', 'Red Army lifts siege'],
    ]);
  });

  it('leads with what was said and attributes it ("…, company says"), and looks past an attribution for the subject', () => {
    expect(eventsOf(OWN_TEXTS.attribution, '1998-02-13')).toEqual([
      ['1998-02-13', 'Shares of Acme fall 3 percent, company says'],
      ['1998-02-13', 'Company says it will cut 500 jobs'],
      ['1998-02-13', 'Union says'],
      ['1998-05', 'Strike to begin'],
    ]);
  });

  it('titles every dated clause of a longer wire story as a headline of its own clause', () => {
    expect(eventsOf(OWN_TEXTS.ceasefire, '2023-04-21')).toEqual([
      ['2023-04-20', 'Negotiators from twelve countries agree to extend ceasefire'],
      ['2021-03', 'Truce takes effect'],
      ['2022', 'Truce collapses twice'],
      ['2022-08-14', 'Fighting breaks out'],
      ['2022-08-28~', 'United Nations sends mediation team to region'],
      ['2023-04-18', 'Keller arrives in Geneva'],
      ['2023-04-22', 'Keller to travel to Nairobi'],
      ['2023-04-19', 'Keller tells reporters talks are difficult but honest'],
      ['2019', 'Two governments sign first accord'],
      ['2020-01', 'Two governments ratify first accord'],
      ['2022/..', 'More than 40,000 people flee border districts'],
      ['2023-02', 'World Food Programme delivers 3,000 tonnes of grain'],
      ['2023-21', 'World Food Programme plans to open second warehouse'],
      ['2018', 'Rebel commanders reject deal'],
      ['2023-04-20', 'Rebel commanders sign agreement'],
      ['2023-04-21', 'Army withdraws two battalions from frontier'],
      ['2023-06-12', 'New round of talks scheduled'],
      ['2023-05', 'Parliament to vote on accord'],
      ['2023-04-20', 'Markets rise 2%'],
      ['2022-01/2022-10', 'Currency loses third of its value'],
      ['2017', 'Haddad takes office'],
      ['2023-04-20', 'Haddad calls agreement turning point'],
      ['2023-04-21', 'Border crossing at Lake Tana reopens for first time'],
    ]);
  });
});
