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

  it('dates the event a date names inside a noun phrase, not the clause that happened after it', () => {
    expect(eventsOf(STORY_TEXTS.datedNouns, '2023-04-18')).toEqual([
      ['2002', 'The strike', ['the strike of 2002']],
      ['1666', '1666 fire', ['1666 fire']],
      ['1926', 'Port closes', ['During the 1926 strike, the port closed']],
    ]);
  });
});
