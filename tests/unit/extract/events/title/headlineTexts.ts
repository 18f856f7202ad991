/**
 * Short news and history texts written for the title tests (not taken from any corpus): each holds the sentences
 * of one kind of title mistake, so that a rule is proven on words it was not tuned on.
 */
export const HEADLINE_TEXTS = {
  /** Names with a title of office, plural nouns capitalised at the start of a sentence. */
  names: `LISBON (AP) — Foreign Minister Anna Keller arrived in Rome on Monday.
Chief Executive Mary Barra announced the recall on Thursday.
Mr. Ortega left the party in 2004.
Shares fell 5 percent on Tuesday.
He was sworn in as president in January.
Shares in the airline rose on Monday.
King Charles II ordered the demolition of houses in September 1666.`,
  /** Reported speech: the verb of saying, to whom, and what was said; a place it was said in gives way. */
  speech: `MADRID (AP) — The mayor said in a letter published Tuesday that the bridge would close.
The minister told reporters on Wednesday that the talks had been "difficult but honest."`,
  /** Words a removed date leaves behind: its possessive, a possessive pronoun before a noun wink reads as a verb. */
  leftovers: `QUITO (AP) — Last year's floods destroyed 400 homes in the valley.
Before his Sunday address, the king met the prime minister.`,
  /** A participle that describes a noun in a phrase of place or manner is no verb of the clause. */
  participles: `OSLO (AP) — Under an agreement signed on Wednesday, the two ports will share a terminal.`,
  /** A holiday as the day something happened, and a holiday that people act on. */
  holidays: `HAVANA (AP) — The boy was found on Christmas Day clinging to a raft.
Villagers celebrated Easter in the ruined church.`,
  /** A date inside a noun phrase dates the noun's event, not the clause's verb. */
  datedNouns: `ATHENS (AP) — The former guard is serving a life sentence for the November 1995 murder of a judge at a court in Patras.
Last month's explosion at a chemical plant killed two workers.
Investigators have searched for the driver since the Oct. 23 crash on the coast road.
The union blamed the 2019 collapse of the bridge on poor maintenance.
He is charged in the 1996 bombing that killed one person.`,
  /** What a verb of ruling, declaring or predicting takes: a that-clause before or after it. */
  complements: `BOGOTA (AP) — The court ruled last month that the election must be repeated.
The president declared on Wednesday that the state of emergency was over.
Analysts complained on Tuesday that profits have not been good.
Exiles will try to delay the ruling, Cuba predicted Wednesday.
The agency said on Monday that the father has custody of the boy.`,
  /** A verb with nothing after it but a participle phrase; a past form the model cannot lemmatise. */
  participlePhrase: `NAPLES (AP) — A volcano erupted on Sunday, killing three hikers.
The possibility of a meeting reemerged Thursday.`,
  /** Verbs that lean on another: a participle opening the sentence, an -ing verb after a comma or after a verb. */
  leaningVerbs: `HAVANA (AP) — Found clinging to a raft in November, the boy has become a symbol.
The rebels waged war for three years, declaring victory on Jan. 1, 1959.`,
  leaningNews: `DENVER (AP) — The task force began delving on Thursday into the murders.
The senator attacked him on Sunday for failing to act.`,
  /** A duration that dates a clause, with the noun phrase it measures. */
  measured: `NAPLES (AP) — The eruption began on Tuesday after a week of earthquakes.`,
  /** A past participle set off after a noun is passive; a verb of saying after a comma stays the sentence's verb. */
  reducedRelatives: `LONDON (AP) — The lighthouse, built in 1902, guided ships for a century.
The tower, a beacon raised after the 1851 storm, was restored in 1990.
The talks ended on Friday, the minister said.`,
  /** "It" after a sentence about a thing stands for that thing, named or not. */
  pronounThing: `DUBLIN (AP) — The old mill was sold on Tuesday. It was last repaired in 1975.`,
  /** "It" with nothing before it to stand for: the clause's own words, never a lost event. */
  pronounAlone: `DUBLIN (AP) — It was first opened in 1888.`,
  /** "it" inside a clause that describes a noun: the noun is the clause's object, "it" the sentence's subject. */
  pronounInRelative: `DUBLIN (AP) — The club praised the report that it published on Tuesday.`,
  /** Plural subjects without an -s or with an irregular plural, and an adverb between the subject and its verb. */
  agreement: `HAMBURG (AP) — Dockworkers last went on strike in 2019.
Fishermen blocked the canal on Tuesday.
The children returned to school on Wednesday.`,
  /** What completes a verb: a duration it takes ("lasted five weeks"), a noun after a preposition that wink reads as a verb. */
  verbComplements: `HAMBURG (AP) — The dispute over pay lasted five weeks in March 2019.`,
  /** A past participle that describes the noun before the clause's verb or after a copula, and one that completes a passive. */
  participlesBeforeVerb: `HAMBURG (AP) — A ceremony held at the town hall marked the anniversary on Wednesday.
The missing boat was found abandoned near the pier on Thursday.
Most of the boats sold were models built in April.
The two suspects were named on Monday in a bulletin sent by the police.`,
  /** What was reported, with no "that" before it: kept after the reporting verb, in the tense a headline gives it. */
  reportedClause: `HAMBURG (AP) — Port director Lena Vogt told reporters on Monday the port would reopen.
Vogt told reporters the ferry would sail again on Friday.
She said the union would strike in 2025.
The union said it would strike on Friday.`,
  /** A town's history: plural subjects, a participle naming a group, pronoun objects, a particle, a state in the past. */
  walledTown: `Kalmar received its town charter in 1210. In 1250 the townspeople built a stone wall around the harbour.
The wall protected them during a siege in 1275. Raiders known as the Sea Wolves seized it in 1389, and in 1392 the Hanseatic League drove them out.
In the 17th century Kalmar was a busy naval base.`,
  /** An amount with "more than", a possessive left before a removed date, a comma between modifiers: none ends the object. */
  amounts: `OSLO (AP) — Rescuers found more than 300 survivors on Sunday.
The firm attributed its third-quarter loss partly to higher steel costs.
The shopkeeper was kidnapped from his small, family-run store on Wednesday.`,
  /** Relative clauses whose verb takes the noun before them as its object. */
  relativeObjects: `OSLO (AP) — Little of the anger that the plan caused in the 1980s remains.
The bank sold the bonds that it bought last Friday.`,
  /** An infinitive the date belongs to, a past form the model tags as a noun, a relative clause inside the subject. */
  portStrike: `LAGOS (AP) — Officials expect the backlog to clear by Friday.
In 1240 the engineers fortified the gate.
Traders who rely on the port lost millions last week.
Farmers who grow cotton in the north protested on Monday.`,
  /** Past forms whose lemma spelling can mislead: "staged" is "stage" + "d", "shed" is its own base. */
  lemmas: `ACCRA (AP) — The army staged a coup on Monday.
The company shed 70 jobs on Tuesday.`,
  /** A second predicate after "and" with no date of its own tells the same happening; a pronoun alone is no object. */
  secondPredicates: `BEIRUT (AP) — Last week, gunmen killed two soldiers and seriously wounded five others.
The storm flooded the harbour on Monday and destroyed 40 boats.
Police arrested the driver on Tuesday and charged him with murder.
The ministers met on Thursday and thanked them.`,
  /** An -ing phrase set off after the subject, before the clause's own verb. */
  asides: `RIGA (AP) — The minister, facing protests at home, today signed the treaty.`,
  /** A relative pronoun as the subject stands for the noun before it. */
  relativeSubjects: `MIAMI (AP) — The airline is in bankruptcy after a strike that began last spring.
Asset sales that shrank revenue by half this year left the firm with cash.
In 45 towns, the number of doctors who treat children declined between 2001 and 2011.`,
  /**
   * A mis-tagged noun after a capitalised first word, a number joined to its unit, a subject after ", and", and
   * irregular past forms the tagger reads as nouns ("lit", "shot").
   */
  lighthouse: `Electric light arrived at the point in 1954.
Work on the 9-kilometre road will start in March 2026.
Engineers drew the plans, and masons from Aberdeen began building the tower in the spring of 1808.
On 1 October 1811 the keeper, James Moir, lit the oil lamps for the first time.
In 1916 the keepers shot the flares over the reef.
The last keepers left on 31 March 1988, when the light became automatic.`,
  /** An infinitive after a bare object says what the verb was for. */
  objectInfinitive: `In 2019 the board asked residents to vote on the plan.
In May the army sent troops to secure the border.
In 2021 the council asked engineers to look again at a cheaper route along the old railway.`,
  /** A participle describing a noun that a preposition or an -ing verb takes; a two-word preposition before a date. */
  phrasesOfNouns: `LISBON (AP) — The city remains tense because of the violent protests seen in the capital last week.
The fund sold 40,000 shares, including 20,000 shares bought from May 2 to June 10.
The bank's deposits as of March 31 fell to $2.4 billion.`,
  /**
   * A person "at" a firm, a possessive of the subject, a past form between "most widely" and its noun, "we" and an
   * unexplained "it" in a quotation, a quantity's "of" phrase, a name wink reads as a verb, an amount cut from a name.
   */
  subjectsAndObjects: `OSLO (AP) — So Anna Keller at Northern Bank said she is cutting her forecast for next year.
The prize went to the engineer who gave his name to the most widely used bridge design in 1912.
"We are here to watch the launch," the engineer said on Tuesday.
Foreign Minister Paul Grant said on Friday that a series of court rulings imply that the law is void.
The $2 billion Harbor Growth Fund had heavy redemptions in March.
Three other U.N. inspection teams visited a total of twelve other villages on Monday.
"I think it's not going to change for a couple of years," the mayor said on Friday.`,
  /** Phrases that are no headline on their own, "but there was" after a first clause, a gerund after "of". */
  fragments: `NAIROBI (AP) — The government sent police to guard the embassy but there was a riot in the capital on Tuesday.
Tuesday, according to local media reports.
We have no intention of tapping our credit lines for a good part of next year, the company said on Monday.`,
  /** Where a clause's subject starts: after an opening "After …ing", after a phrase of time, before a verb with no "that". */
  clauseStarts: `OSLO (AP) — After touring the harbour on Thursday, the police chief said he was satisfied.
The state retained a single share after selling its stake in the airline in 1984.
Traders were cautious about the sharp gains these stocks made this week.
In recent years a group of lenders, led by a state bank, lent the shipyard $90 million in January.`,
  /** "With whom" takes its noun, listeners before "that" are no relative's noun, an object "it" after "and". */
  antecedents: `OSLO (AP) — The prince carried a message from the sultan, with whom the king met on Monday.
The director told reporters on Thursday that a new tunnel could be finished by 2028.
After the war the army left the site, and the town bought it in 1962.`,
  /** A news story of a week, told day by day: every dated clause, read as a reader would. */
  landslide: `HALDEN, Norway (AP) — A landslide buried part of a coastal road north of Halden on Sunday, cutting off two villages and stranding about 300 residents.

The county's road agency said on Monday that the road would stay closed until at least Friday.

Engineers began clearing the debris early Tuesday, but heavy rain forced them to stop work after four hours.

"We have never seen a slope move this fast," said Ingrid Solberg, a geologist at the agency, who inspected the site on Tuesday afternoon.

Solberg said the hillside had been shifting since the autumn of 2021, when a storm washed away much of the topsoil.

The ferry company Fjordlink added two extra crossings on Wednesday to carry villagers to the mainland.

Mayor Anders Holt, who visited the villages on Wednesday, promised that the town would pay for temporary housing.

A previous slide in March 2019 closed the same road for six weeks and cost the county 40 million kroner.

The agency's director, Kari Moen, told reporters on Thursday that a new tunnel could be finished by 2028.

Residents who attended a meeting in the school hall on Thursday evening asked for a faster solution.

Police arrested a man on Thursday who had driven past the barriers and damaged an excavator.

The national government announced on Friday that it would send soldiers to help with the clean-up.

The road reopened to buses on Saturday, a week earlier than engineers had expected.

Fjordlink will keep the extra crossings until the end of the month, the company said.

The county council is expected to vote on the tunnel plan next Tuesday.`,
  /** A history of three and a half centuries: dates without days, a reign, a siege, a range of years. */
  fortress: `The Fortress on the Fjord

Work on the fortress began in 1644, when King Christian IV ordered a wall across the headland.

Swedish troops besieged the unfinished fort in the winter of 1658 but failed to take it.

In 1660 the garrison repelled a second assault, and the king rewarded the town with a new charter.

Engineers from Copenhagen redesigned the bastions in 1682, adding a powder magazine and a chapel.

During the Great Northern War the fortress held out against three Swedish attacks between 1716 and 1718.

On 11 December 1718 King Charles XII of Sweden was shot dead while inspecting his siege trenches below the walls.

His death ended the campaign, and the Swedish army withdrew across the border within weeks.

The garrison was reduced to 200 men in 1760, and many buildings fell into ruin.

A fire destroyed the commandant's house in 1826.

The army restored the walls between 1870 and 1885 and built a new barracks inside them.

German forces occupied the fortress on 9 April 1940 and used it as a prison.

Norwegian resistance fighters freed twelve prisoners from the cells in 1944.

After the war the army left the site, and the town bought it in 1962.

The restored fortress opened as a museum in 1966.

In 2018 archaeologists found the remains of the 1644 wall under the parade ground.`,
  /** Pronouns with nothing before them to stand for: kept as the subject, never a verb-first fragment. */
  pronounsKept: `DUBLIN (AP) — He arrived in Cork on Friday.
Police said they believe the gang was behind two robberies last week.
They were charged with fraud in March.`,
  /** Phrases set off after a name (a role, a place, an age), a name set off after a role, "they" after one name. */
  appositions: `OSLO (AP) — Ricardo Perez, head of the port authority, said on Monday that the quay would reopen.
Acme Corp., Bayonne, N.J., declared a dividend on Friday.
Anna Berg, 44, of St. Albans, Vt., became the subject of a manhunt in November.
The harbour master, Lars Vik, closed the gates on Tuesday.
Vik left on Wednesday. They met the mayor on Thursday.`,
  /** A dateline's dash, a relative clause with its auxiliary, a participle aside, a modal before an adverb, "had operating". */
  verbForms: `BERGEN, Norway _ A woman who was watching her children in a park was injured on Thursday evening.
The mayor and two councillors, accompanied by a lawyer, flew to Oslo on Friday.
The airline will almost double its flights to Iceland by August.
In the quarter ended July 31, the brewery had an average of 2 million shares outstanding.
The shipyard had operating profit of $5 million in 2022.`,
  /** A past form after the noun of a preposition, after the clause's own verb, describes that noun. */
  participlesInPhrases: `PRAGUE (AP) — The minister confirmed on Monday that the letters were sent to a court based in the capital.
Hungary and Poland joined the alliance at a ceremony held in the old town on Friday.`,
  /** An office "of" a department before a name; an amount cut at the ten-word limit; "as many as". */
  limits: `WASHINGTON (AP) — Secretary of State Anna Lind said on Monday that the talks would resume.
The steel business said on Tuesday that net income dropped 8% to $4.2 million in the quarter.
The firm said on Friday that it will offer early retirement to as many as 1,100 employees.
Assets as of March 31 fell to $2.46 billion from about $2.77 billion.`,
  /** A period "ended" on a date inside what was estimated; a noun used only in the plural. */
  periods: `DAYTON (AP) — Birch Tools Inc., Dayton, Ohio, estimated profit for its third quarter ended June 30 fell 20% to 30%.
Holdings of the fund fell 3% in May.`,
  /** A change to an amount after a noun's phrase is a verb; a reported pronoun passive keeps its copula. */
  reported: `GENEVA (AP) — The figures showed the jobless rate for young women fell to 6.1 percent in March.
The minister said on Tuesday that she was encouraged by the talks.
A clerical error will cost the party about 549,000 francs, the court said on Friday.`,
  /** A name inside the subject's phrase of place, a plural subject wink reads as a verb, a clause after "as", "so that". */
  subjectsInPhrases: `The mill on the River Arlen was built in 1791 by two brothers.
The union says it will press for a shorter week when talks reopen next spring.
Shares fell on Monday as oil rose in Asia.
Ferry crews on the west coast voted on Friday to accept a 6 percent pay offer.
The brothers added a steam engine in 1834 so that the looms could run in dry summers.
More than 1,000 others were wounded on Friday in blasts next to the embassies in the two capitals.`,
  /** "a" after an amount means "per"; the noun a "which" clause with its own subject describes is what it took. */
  perUnitAndObjectRelatives: `The company plans to make 20 million doses a year by 2028.
Acme declared a dividend of five cents a share on Monday.
Production will start in August at a plant in Thika, which the manufacturer bought in 2021.`,
  /** A later sentence with a named time of its own ("after the First World War") is not the dated one's. */
  namedTimeOfItsOwn: `The company built a school for the children in 1872.
Trade fell away after the First World War.`,
} as const;
