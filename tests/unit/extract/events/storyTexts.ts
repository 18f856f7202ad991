/**
 * Short news and history texts written for these tests (not taken from any corpus) about which events a story has,
 * their dates and the words each event quotes: carrying a date on, looking back, reference time, comparisons.
 */
export const STORY_TEXTS = {
  /** A report that goes on after its dated lead and a quotation, then a look back and a present-tense remark. */
  goesOn: `MADRID (AP) — Police clashed with protesters outside parliament on Sunday.
"We will not go home," one student shouted.
Officers arrested twelve people near the square.
The mayor said the square would reopen within days.
In 2011, thousands of students filled the square for a month.
The organisers called that march a success.
Officials say the square is now closed.`,
  /** A history told forward: the undated sentence goes on with the crossing. */
  historyGoesOn: `Napoleon's army crossed the Niemen in June 1812. It marched east towards Moscow. Later the Russians burned the city.`,
  /** Figures compared with earlier ones: the earlier dates are yardsticks, not events. */
  comparisons: `DETROIT (AP) — Acme Motors said on Tuesday that its profit rose to $4.1 billion in the third quarter, up from $3.2 billion a year earlier.
Sales fell 5% from $20 billion in 2021.
The company expects to report earnings from operations of about $2 billion for the fourth quarter.
Its workers needed more than four hours on Friday to count the votes.
The number of dealers grew from fewer than 300 in 1990 to more than 900 last year.`,
  /** Plans told in the past for dates still to come, beside a past event read forward by mistake. */
  plansInThePast: `NAIROBI (AP) — The rescue team planned to leave Nairobi on Thursday for Dar es Salaam.
Officials said the team would be ready to fly to Mombasa on Friday.
The ferry sank on May 5.`,
  /** A "when" clause after a date tells what happened at that date. */
  whenClauses: `PRAGUE (AP) — The minister, who lived in London from 1968, when Soviet tanks entered Prague, until 1989, returned home on Monday.
Shares of the state bank have fallen by half since August, when the government sold its stake.`,
  /** "Today" in the present: what the day brings (progressive) against what the world is (a state). */
  today: `ALBANY, N.Y. (AP) — Helicopters are flying over northern New York today to find stranded families.
Today the region is home to about two million people.`,
  /** "Since" with a past perfect: a stretch up to about the time of the report. */
  sincePastPerfect: `BUFFALO (AP) — The activist had been arrested in several states since 1990 for blocking clinics.`,
  /** A wire story read whole: a lead with the stretch before it, a quotation, a look back, a reported plan, a yardstick. */
  forestFire: `LISBON (AP) — Firefighters contained a forest fire near Sintra on Wednesday after three days of strong winds, officials said.
The blaze destroyed 40 homes and forced 2,000 people from their villages.
"It was the worst night of my life," said one farmer.
Police arrested a man suspected of starting the fire.
In 2017, fires in central Portugal killed more than 100 people.
The government later changed the law on forest clearing.
The prime minister visited the area on Thursday and promised aid.
She said the state would pay for new roofs.
Insurers expect claims to reach 30 million euros, up from 12 million euros a year earlier.
Today the hills are black.`,
  /** Second predicates joined by "and": without a date they tell the same happening; with one, or after "later", their own. */
  coordinatedPredicates: `BATAVIA — Coen captured Jayakarta in 1619 and renamed it Batavia. The company walled the town in 1620 and later moved its council there. Coen sailed home in 1623 and returned in 1627.`,
  /** Dates that only describe a noun ("due …", "payable …") beside a reduced clause with a verb ("issued in 2019"). */
  attributeDates: `FRANKFURT (AP) — The bonds, due March 15, 2031, were sold on Monday.
The notes, issued in 2019, were repaid on Friday.
Police, on Tuesday, arrested two traders.
Investors kept the shares, payable Dec. 15.`,
  /** Stretches before a dated event: their titles name it mid-sentence, in lower case unless it is a name. */
  stretchesBefore: `SINTRA (AP) — Firefighters contained a forest fire on Wednesday after three days of strong winds. Mariupol fell on Monday after three months of siege.`,
  /** Figures and qualities at a date (states) beside happenings told with "be" (a passive, "able to", a dated vote). */
  statesOfBeing: `OSLO (AP) — Sales at the shipyard were $2.4 billion in 2022, the company said on Monday.
In March, the harbour was calm.
Rescuers were able to reach 40 sailors on Sunday.
Two sailors were killed on Saturday.
The storm was responsible for the damage in February.
The shipyard's profit rose to $300 million last year.
The yard has been independent since 1990.`,
  /** Counted intervals after a dated sentence: from a relative clause's date, "after that", "after the walkout". */
  intervalsAfter: `GDANSK (AP) — The dockers, who walked out on 5 November, blocked the port gates.
Two days later, the union called off the strike.
A week after that, the first ships sailed.
Three days after the walkout, the owners had offered a raise.`,
  /** An interval finer than the date it counts from keeps that date's precision. */
  intervalsAfterMonth: `The miners walked out in March 1984. Two days later, the police closed the roads. A year later, the last pit shut.`,
  /** An interval after an event named by a noun that the story has not dated counts from nothing known. */
  intervalsAfterOther: `ROME (AP) — The senate passed the budget on Tuesday. Three weeks after the election, the president resigned.`,
  /** Second verbs of one subject in a dated clause: one event that quotes them all; a second date makes its own. */
  sharedSubject: `On 5 May 1453 the army crossed the river and took the town.
The fleet sailed on 9 May, shelled the harbour and landed troops.
The engineers built a bridge on 12 May and burned the camp on 20 May.`,
  /** Parts of a year or month: the event keeps the period the text names, never a finer date. */
  partsOfPeriods: `Prices rose in early 2021. The harvest ended in late May 2022. Talks broke down in mid-June 2022.`,
  /** A date before a relative clause that describes the subject: the verb after the relative clause is the event. */
  relativeInside: `CLEVELAND (AP) — On Monday, the steelmaker, which is based in Ohio, said it would close two mills.
In March, the mayor, who took office in 2019, resigned.`,
  /** A dated period and the day it ended: one event, at the period. */
  periodEnded: `BOSTON (AP) — Acme Corp. lost $5 million in its third quarter ended Sept. 30.`,
  /** What went on at the same time as a dated clause ("as", "while") is quoted with it; a reason ("because") is not. */
  simultaneous: `The guard was shot at 10 p.m. on Friday as he stood at the gate.
The crowd cheered on Saturday while the band played.
The match was stopped on Sunday because it rained.`,
  /** Negated happenings: nothing happened at the date, unless "not … until" dates when it finally did. */
  negated: `VALLETTA (AP) — The minister did not resign in March.
The ferry did not sail until late on Friday.
The strikers have not accepted the offer made on Monday.
With the vote due in May, the party could not agree on a leader.`,
  /** Habits told with a month or a season: every such month, not one; beside a plan in the present for one month. */
  habits: `SIENA (AP) — The districts parade each July through the old town.
Every year in May, pilgrims walk to the shrine.
Farmers usually plant maize in March.
The final race is expected in August.`,
  /** Year ranges that say which season or budget: beside the clause's own date they date nothing. */
  seasons: `The 2013–14 season ended in May 2014.
The 2019-20 budget was passed on Monday.
The club won the title in the 2015-16 season.`,
  /** An interval after a sentence that names only a stretch: from which end it counts is not said. */
  intervalsAfterStretch: `The city fell on 29 May 1453. The siege had lasted from April to May. Two days later, the sultan entered the church.`,
  /** "A month later", "the next day" after a date known only to its year: the year, never an invented month or day. */
  intervalsAfterYear: `The dockers walked out in 1984. A month later, the police closed the roads. The next day, the miners joined the strike.`,
  /** "…, and two days later …" inside one sentence: a clause of its own, counted from the date before it. */
  intervalInSentence: `The dockers walked out on 5 November 1984, and two days later the union called off the strike.`,
  /** Dates inside the names of events: "the strike of 2002", "After the 1666 fire, …". */
  datedNouns: `Wages fell sharply after the strike of 2002.
After the 1666 fire, the city was rebuilt in brick.
During the 1926 strike, the port closed.`,
} as const;
