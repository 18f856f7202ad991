import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { categorize } from './categorize';
import { capitalise } from './title/buildTitle';
import { makeSpan } from './makeSpan';
import type { EventDraft, SentenceRef } from './types';

// The nouns that name an event a date can belong to ("the massacre", "the 2002 strike").
const EVENT_NOUN = String.raw`(?:massacre|fall|siege|capture|liberation|invasion|annexation|referendum|election|elections|summit|attack|bombing|battle|war|start|end|collapse|coup|uprising|revolution|crisis|explosion|earthquake|flood|fire|crash|strike|offensive|counteroffensive|withdrawal|ceasefire|truce|agreement|accord|treaty|vote|visit|meeting|talks|protests?)`;
// "after the massacre at Srebrenica in ", "following the referendum in ", "after the strike of ": an event named by a
// noun, then its date.
const NAMED_EVENT_BEFORE = new RegExp(String.raw`\b([Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Dd]uring|[Aa]mid|[Uu]ntil)\s+(the\s+(?:[\p{L}\d'’-]+\s+){0,5}?${EVENT_NOUN}(?:\s+(?:of|at|in|on|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)(\s+(?:in|on|of)\s+)$`, 'u');
// "After the 1666 fire, the city …": a phrase that opens the sentence with the date inside an event's name, before its
// noun, dates that event; the clause tells of a time after or before it. Not "during" or "amid": what happens during
// the strike happens at its date. Inside a clause ("since the 2019 crash on the road") the clause's title names it.
const PREMODIFIED_BEFORE = /^\W{0,3}(after|before|following|since|until)\s+the\s+$/i;
const PREMODIFIED_NOUN = new RegExp(String.raw`^(?:\s+[\p{L}'’-]+){0,2}?\s+${EVENT_NOUN}(?=\s*,)`, 'u');

/** "after the massacre at Srebrenica in July": the date belongs to the named event, not to the main clause. */
export function draftNamedEvent(ref: SentenceRef, mention: Mention): EventDraft | null {
  // The named event lies just before its date; reading a bounded stretch keeps long sentences linear.
  const from = Math.max(ref.start, mention.start - 160);
  const before = ref.paragraphText.slice(from, mention.start);
  const named = NAMED_EVENT_BEFORE.exec(before);
  if (!named) return draftPremodified(ref, mention);
  const nameStart = from + named.index + named[0].length - named[2]!.length - named[3]!.length;
  const source = makeSpan(ref.paragraph, ref.paragraphText, nameStart, mention.end);
  if (!source) return null;
  const name = named[2]!;
  return {
    title: capitalise(name),
    start: mention.value,
    granularity: parseTimeValue(mention.value)!.granularity,
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    category: categorize(name),
    sources: [source],
    mentions: [mention.id],
    mainClause: false,
    why: [...mention.trace, `"${named[1]!.toLowerCase()} ${name} ${named[3]!.trim()} ${mention.text}" dates the ${name.replace(/^the\s+/i, '')} itself`],
  };
}

/** "After the 1666 fire, …": the date names when the fire was; the clause tells of something after it. */
function draftPremodified(ref: SentenceRef, mention: Mention): EventDraft | null {
  const lead = mention.start - ref.start > 24 ? null : PREMODIFIED_BEFORE.exec(ref.paragraphText.slice(ref.start, mention.start));
  const noun = lead ? PREMODIFIED_NOUN.exec(ref.paragraphText.slice(mention.end, Math.min(ref.end, mention.end + 40))) : null;
  if (!lead || !noun) return null;
  const source = makeSpan(ref.paragraph, ref.paragraphText, mention.start, mention.end + noun[0].length);
  if (!source) return null;
  return {
    title: capitalise(source.text),
    start: mention.value,
    granularity: parseTimeValue(mention.value)!.granularity,
    approximate: false,
    approximateEnd: false,
    ongoing: false,
    category: categorize(source.text),
    sources: [source],
    mentions: [mention.id],
    mainClause: false,
    why: [...mention.trace, `"${lead[1]!.toLowerCase()} the ${source.text}" dates the ${noun[0].trim()} itself`],
  };
}
