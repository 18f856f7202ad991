/**
 * Short news and history texts written for these tests (not taken from any corpus) about which events a story has,
 * their dates and the words each event quotes: carrying a date on, looking back, reference time, comparisons.
 */
export const STORY_TEXTS = {
  /** A report that goes on after its dated lead, a look back, and a present-tense remark. */
  goesOn: `MADRID (AP) — Police clashed with protesters outside parliament on Sunday.
Officers arrested twelve people near the square.
In 2011, thousands of students filled the square for a month.
The organisers called that march a success.
Officials say the square is now closed.`,
  /** A history told forward: the undated sentence goes on with the crossing. */
  historyGoesOn: `Napoleon's army crossed the Niemen in June 1812. It marched east towards Moscow. Later the Russians burned the city.`,
} as const;
