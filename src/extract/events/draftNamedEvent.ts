import type { Mention } from '../../model/dataFile';
import { parseTimeValue } from '../../model/timeValue';
import { categorize } from './categorize';
import { capitalise } from './title/buildTitle';
import { makeSpan } from './makeSpan';
import type { EventDraft, SentenceRef } from './types';

// "after the massacre at Srebrenica in ", "following the referendum in ": an event named by a noun, then its date.
const NAMED_EVENT_BEFORE = /\b(after|before|following|since|during|amid|until)\s+(the\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:massacre|fall|siege|capture|liberation|invasion|annexation|referendum|election|elections|summit|attack|bombing|battle|war|start|end|collapse|coup|uprising|revolution|crisis|explosion|earthquake|flood|crash|strike|offensive|counteroffensive|withdrawal|ceasefire|truce|agreement|accord|treaty|vote|visit|meeting|talks|protests?)(?:\s+(?:of|at|in|on|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)(\s+(?:in|on)\s+)$/u;

/** "after the massacre at Srebrenica in July": the date belongs to the named event, not to the main clause. */
export function draftNamedEvent(ref: SentenceRef, mention: Mention): EventDraft | null {
  // The named event lies just before its date; reading a bounded stretch keeps long sentences linear.
  const from = Math.max(ref.start, mention.start - 160);
  const before = ref.paragraphText.slice(from, mention.start);
  const named = NAMED_EVENT_BEFORE.exec(before);
  if (!named) return null;
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
    why: [...mention.trace, `"${named[1]} ${name} ${named[3]!.trim()} ${mention.text}" dates the ${name.replace(/^the\s+/i, '')} itself`],
  };
}
