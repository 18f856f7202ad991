import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';

/** Each event as its EDTF date, title and the words it quotes. */
const eventsOf = (text: string, published: string) =>
  extractArticle(text, { published }).events.map((e) => [e.edtf, e.title, e.sources.map((s) => s.text)]);

// Short wire-story openings written for these tests: the dateline's date is the day the story was filed. A dash with
// spaces or a colon also ends a clause, so those datelines are doubly kept out; a hyphen ends none, and only the
// dateline rule keeps "PORTVILLE, March 3 (Wire) -" from dating the lead.
describe('the dateline that opens a news story', () => {
  it('makes no event of "PORTVILLE, March 3 (Wire) -" and leaves Friday and Tuesday their own events, each with its own title', () => {
    const text = 'PORTVILLE, March 3 (Wire) - The harbour bridge will reopen to traffic on Friday, the transport department said on Tuesday.';
    const lead = 'The harbour bridge will reopen to traffic on Friday, the transport department said on Tuesday';
    expect(eventsOf(text, '2024-03-03')).toEqual([
      ['2024-03-08', 'Harbour bridge to reopen to traffic', [lead]],
      ['2024-02-27', 'Harbour bridge to reopen to traffic, transport department says', [lead]],
    ]);
  });

  it('quotes the lead from after its dateline, whatever dash ends it ("--", "-", "–")', () => {
    for (const dash of ['--', '-', '–', '—']) {
      expect(eventsOf(`ODESA, Ukraine (AP) ${dash} Ukrainian troops entered the port on Friday.`, '2022-11-12')).toEqual([
        ['2022-11-11', 'Ukrainian troops enter port', ['Ukrainian troops entered the port on Friday']],
      ]);
    }
  });

  it('dates a lead that opens with "On Friday" before a capitalised word ("On Friday Ukrainian troops …")', () => {
    expect(eventsOf('ODESA, Ukraine (AP) — On Friday Ukrainian troops entered the port.', '2022-11-12')).toEqual([
      ['2022-11-11', 'Ukrainian troops enter port', ['On Friday Ukrainian troops entered the port']],
    ]);
  });

  it('keeps a lead sentence that starts with a name and a dash whole: only a dateline is left out', () => {
    expect(eventsOf('Smith - the mayor since 2010 - resigned on Friday.', '2022-11-12').map(([, , sources]) => sources)).toEqual([
      ['Smith - the mayor since 2010 - resigned on Friday'],
    ]);
  });

  it('makes no event of "LONDON, Jan. 5 —" and dates the resignation by its Thursday', () => {
    expect(eventsOf('LONDON, Jan. 5 — The finance minister resigned on Thursday.', '2024-01-05')).toEqual([
      ['2024-01-04', 'Finance minister resigns', ['The finance minister resigned on Thursday']],
    ]);
  });

  it('makes no event of "Paris, 5 March 2024:" with its year and its colon', () => {
    expect(eventsOf('Paris, 5 March 2024: The museum reopened its east wing on Monday, the ministry said.', '2024-03-05')).toEqual([
      ['2024-03-04', 'Museum reopens east wing', ['The museum reopened its east wing on Monday, the ministry said']],
    ]);
  });

  it('does not date its clause: a lead dated only by its dateline makes no event, with a dash or a hyphen', () => {
    expect(eventsOf('LONDON, Jan. 5 — The finance minister resigned.', '2024-01-05')).toEqual([]);
    expect(eventsOf('LONDON, Jan. 5 (Reuters) - The finance minister resigned.', '2024-01-05')).toEqual([]);
    expect(eventsOf('ALBANY, N.Y., Jan. 5, 2024 - The governor signed the budget.', '2024-01-05')).toEqual([]);
  });

  it('makes no event of "Paris, 5 March 2024 -" joined to its sentence by a hyphen', () => {
    expect(eventsOf('Paris, 5 March 2024 - The museum reopened its east wing on Monday.', '2024-03-05').map(([edtf]) => edtf)).toEqual(['2024-03-04']);
  });

  it('keeps a first sentence that merely starts with a date an event: "March 3 was the day …" has no place before the date', () => {
    expect(eventsOf('March 3 was the day the bridge reopened.', '2024-03-10').map(([edtf]) => edtf)).toEqual(['2024-03-03']);
  });

  it('reads a dateline only where it opens the story: the same words opening a later paragraph are dated prose', () => {
    const text = 'Bridge reopens\n\nThe mayor spoke on Monday.\n\nPORTVILLE, March 3 - The bridge reopened.';
    expect(eventsOf(text, '2024-03-05')).toEqual([
      ['2024-03-04', 'Mayor speaks', ['The mayor spoke on Monday']],
      ['2024-03-03', 'Bridge reopens', ['PORTVILLE, March 3 - The bridge reopened']],
    ]);
  });
});
