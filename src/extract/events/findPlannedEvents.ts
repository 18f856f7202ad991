/** A planned event found in a sentence; offsets into the text given. */
export interface PlannedEvent {
  /** Where the words naming it start (the subject, else the trigger) and end (end of its clause). */
  start: number;
  end: number;
  subject?: string;
  /** "new counteroffensive" */
  nounPhrase: string;
  /** "counteroffensive" */
  noun: string;
  trigger: string;
}

const SUBJECT = String.raw`([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)\s+`;
// Present-tense planning verbs only: "prepared for an offensive" is history, not a plan.
const TRIGGER = String.raw`((?:is|are)\s+preparing(?:\s+for)?|prepares?(?:\s+for)?|(?:is|are)\s+planning\s+to\s+LAUNCH|plans?\s+to\s+LAUNCH|intends?\s+to\s+LAUNCH|(?:is|are)\s+(?:set|expected|poised|due|about)\s+to\s+LAUNCH|will\s+LAUNCH|(?:is|are)\s+gearing\s+up\s+for)\s+`;
const LAUNCH = String.raw`(?:launch|hold|stage|mount|begin|start|conduct|carry\s+out|stage)`;
const MODIFIERS = String.raw`((?:(?:an?|the|its|their|his|her|our|new|major|long-awaited|much-anticipated|fresh|big|spring|summer|autumn|winter|possible|large-scale|coming|next|second|final)\s+){0,4})`;
const NOUN = String.raw`(counter-?offensive|offensive|attack|assault|invasion|operation|elections?|referendum|summit|talks|visit|trip|strikes?|withdrawal|ceasefire|mobili[sz]ation|campaign|vote|march|protest|strike)\b`;
const PLANNED = new RegExp(`(?:${SUBJECT})?${TRIGGER.replaceAll('LAUNCH', LAUNCH)}${MODIFIERS}${NOUN}`, 'gu');
const ARTICLE = /^(?:an?|the)$/i;
// Most sentences plan nothing: the plan without its subject, tried once, spares them the search for a subject.
const PLAN_WITHOUT_SUBJECT = new RegExp(`${TRIGGER.replaceAll('LAUNCH', LAUNCH)}${MODIFIERS}${NOUN}`, 'u');
const CLAUSE_END = /[,;:.!?]|\s[—–]\s/g;

/**
 * Finds events announced as planned in the present tense: "is preparing for a new counteroffensive", "plans to
 * launch an offensive", "will hold elections". They have no date of their own: they lie after publication.
 */
export function findPlannedEvents(text: string, from = 0, to = text.length): PlannedEvent[] {
  const found: PlannedEvent[] = [];
  const slice = text.slice(from, to);
  if (!PLAN_WITHOUT_SUBJECT.test(slice)) return found;
  for (const m of slice.matchAll(new RegExp(PLANNED.source, PLANNED.flags))) {
    const [, subject, trigger = '', modifiers = '', noun = ''] = m;
    const start = from + m.index;
    const matchEnd = start + m[0].length;
    CLAUSE_END.lastIndex = matchEnd - from;
    const stop = CLAUSE_END.exec(slice);
    const end = stop ? from + stop.index : to;
    const adjectives = modifiers.trim().split(/\s+/).filter((w) => w !== '' && !ARTICLE.test(w));
    const planned: PlannedEvent = {
      start,
      end,
      nounPhrase: [...adjectives, noun].join(' '),
      noun: noun.toLowerCase().replace('-', ''),
      trigger: trigger.trim(),
    };
    if (subject) planned.subject = subject;
    found.push(planned);
  }
  return found;
}
