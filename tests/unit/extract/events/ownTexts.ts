/**
 * Short news and history texts written for these tests (not taken from any corpus), one per kind of mistake the
 * events stage used to make. Each is a whole article: dateline, then body paragraphs.
 */
export const OWN_TEXTS = {
  otherClause: `KABUL (AP) — In 2010 the unit carried out a night raid on a compound near Kandahar.
The general arrived in Jordan on Monday to meet the king.`,
  bareNoun: `YORK, England (AP) — A York man was arrested on Tuesday after a fire destroyed a bakery in the old town.`,
  cutObject: `ROME (AP) — Italy invaded Ethiopia in October 1935. The League of Nations imposed sanctions on Italy in November.`,
  garbled: `HOUSTON (AP) — BP agreed on Wednesday to pay $20 billion into a fund for victims of the spill.
Nine people were killed on Sunday when a storm hit the coast.
Officials led by the mayor met on Friday to plan the clean-up.`,
  pronoun: `DETROIT (AP) — Acme Motors reported record profits on Monday. It invested $2 million in a new plant in March.`,
  twoDates: `FRANKFURT (AP) — The central bank raised rates in March and again in May.
The old bridge opened in 1932 and closed in 2019.`,
  carry: `PARIS (AP) — The president visited a hospital on Monday.
Later she spoke to nurses in the car park.
"We visited every ward," an aide said.
Then she returned to the palace.`,
  bounds: `BERLIN (AP) — Prices have risen sharply over the past two years.
The city was occupied until April 1940.
This year the season started a month earlier than usual.`,
  generic: `CAIRO (AP) — Today the city is home to more than twenty million people.
The museum reopened today after a long renovation.`,
  pastAfterPublication: `OSLO (AP) — The ferry sank on May 5. Rescuers found the wreck the next day.`,
  zoneAndRange: `LONDON (AP) — The match kicked off at 15:00 GMT Saturday. The club won the league in the 2013-14 season.`,
  history: `The siege began in September 1941. It lasted almost 900 days. On January 27, 1944, the Red Army lifted the siege, and the city celebrated.`,
  complement: `ZURICH (AP) — The airline went bankrupt in October 2001.`,
  apposition: `REYKJAVIK (AP) — The Blue Lagoon, one of the country's most popular attractions, closed on Sunday and will stay shut until at least Friday.
Grindavik's 3,700 residents were first evacuated on Nov. 10, when earthquakes opened cracks in the streets.`,
  attribution: `NEW YORK (AP) — Shares of Acme fell 3 percent, the company said Friday.
The company said Friday it would cut 500 jobs.
The strike, the union said Friday, will begin in May.`,
  /** A longer wire story with twenty-odd dated clauses, read title by title. */
  ceasefire: `GENEVA (AP) — Negotiators from twelve countries agreed on Thursday to extend a ceasefire along the disputed river border, officials said.
The truce, which first took effect in March 2021, had collapsed twice last year.
Fighting broke out again on Aug. 14 when militia fighters shelled a border village, killing four civilians.
The United Nations sent a mediation team to the region two weeks later.
Foreign Minister Anna Keller arrived in Geneva on Tuesday and will travel to Nairobi on Saturday.
She told reporters on Wednesday that the talks had been "difficult but honest."
The two governments signed a first accord in 2019 and ratified it in January 2020.
Since 2022, more than 40,000 people have fled the border districts.
Aid agencies have warned for months that food stocks are running low.
The World Food Programme delivered 3,000 tonnes of grain in February.
It plans to open a second warehouse in the spring.
Rebel commanders, who rejected an earlier deal in 2018, did not sign the agreement until late on Thursday.
The army withdrew two battalions from the frontier on Friday morning.
A new round of talks is scheduled for June 12.
Parliament will vote on the accord next month.
Markets rose 2% on Thursday after the announcement.
The currency had lost a third of its value between January and October 2022.
President Omar Haddad, who took office in 2017, called the agreement a turning point on Thursday evening.
The border crossing at Lake Tana reopened on Friday for the first time since 2021.
Today the region is home to about two million people.`,
} as const;
