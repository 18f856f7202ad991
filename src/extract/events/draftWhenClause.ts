import type { Mention } from '../../model/dataFile';
import { draftClause } from './draftEvent';
import { isDated } from './isDated';
import { makeSpan } from './makeSpan';
import type { SentenceContext } from './sentenceContext';
import type { EventDraft } from './types';

// "since November, when he was found …": set off by a comma, the clause describes the date. Without one ("killed
// on Sunday when a storm hit the coast") it tells how the main event came about, and belongs to that event.
// A dash or a spaced underscore sets the clause off as a comma does ("Since 1985 _ when the army created a zone _").
const WHEN_AFTER = /^(?:,|\s[—–_]|\s?--)\s+when\s+(?=\S)/i;

/**
 * The event a "when" clause right after a date tells, at that date: "cared for him since November, when he was
 * found clinging to an inner tube" holds a stretch since November and, in November, the finding. Its words are
 * quoted from the date on, so the reader sees which date the clause belongs to; it never dates what follows.
 */
export function draftWhenClause(ctx: SentenceContext, mention: Mention): EventDraft | null {
  if (!isDated(mention) || ctx.rangeEnds.has(mention)) return null;
  const lead = WHEN_AFTER.exec(ctx.ref.paragraphText.slice(mention.end, Math.min(ctx.ref.end, mention.end + 12)));
  if (!lead) return null;
  // The clause runs to the next comma or semicolon: ", when Soviet tanks entered Prague, until 1989" ends at "Prague".
  const start = mention.end + lead[0].length;
  const stop = /[,;:]|\s[—–_]\s|\s?--/.exec(ctx.ref.paragraphText.slice(start, ctx.ref.end));
  const clause = { start, end: stop ? start + stop.index : ctx.ref.end, subordinate: true };
  const draft = draftClause(ctx, mention, clause, [...mention.trace, `"when" after "${mention.text}" tells what happened then`]);
  const source = makeSpan(ctx.ref.paragraph, ctx.ref.paragraphText, mention.start, clause.end);
  return draft && source ? { ...draft, sources: [source], mainClause: false, whenClause: true } : null;
}
