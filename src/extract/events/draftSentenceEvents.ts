import { categorize } from './categorize';
import { draftWhenClause } from './draftWhenClause';
import { findPlannedEvents } from './findPlannedEvents';
import { makeSpan } from './makeSpan';
import { MENTION_RULES, NO_EVENT } from './mentionRules';
import type { SentenceContext } from './sentenceContext';
import { capitalise } from './title/buildTitle';
import type { EventDraft, SentenceRef } from './types';

function draftPlanned(ref: SentenceRef, published: string): EventDraft[] {
  return findPlannedEvents(ref.paragraphText, ref.start, ref.end).flatMap((planned) => {
    const source = makeSpan(ref.paragraph, ref.paragraphText, planned.start, planned.end);
    if (!source) return [];
    const owner = planned.subject ? `${planned.subject}'s ` : 'A ';
    return [{
      title: capitalise(`${owner}${planned.nounPhrase}`),
      start: 'FUTURE_REF',
      granularity: 'day',
      approximate: false,
      approximateEnd: false,
      ongoing: false,
      category: categorize(planned.nounPhrase),
      sources: [source],
      mentions: [],
      why: [`"${planned.trigger}" + "${planned.nounPhrase}" in the present tense: planned, not yet begun`, `no date given → some day on or after publication ${published} (FUTURE_REF)`],
      plannedNoun: planned.noun,
    } satisfies EventDraft];
  });
}

/** What one sentence dates by itself, and whether any of its dates tells a time of the story (not only yardsticks). */
export interface SentenceEvents {
  drafts: EventDraft[];
  tellsTime: boolean;
}

/**
 * The events one sentence dates by itself: each mention goes through `MENTION_RULES` in order and the first rule
 * that decides makes its event or rules it out; planned events ("is preparing a counteroffensive") come last.
 */
export function draftSentenceEvents(ctx: SentenceContext): SentenceEvents {
  const drafts: EventDraft[] = [];
  let tellsTime = false;
  for (const mention of ctx.mentions) {
    let notADate = false;
    // "have indicated in the past that …": a vague time of its own ("the past", "recently") dates no event, but the
    // sentence is not the story's last date going on either.
    if (mention.type === 'DATE' || mention.type === 'TIME') tellsTime ||= /_REF$/.test(mention.value) && mention.value !== 'PRESENT_REF';
    for (const rule of MENTION_RULES) {
      const decided = rule.apply(mention, ctx);
      if (decided === undefined) continue;
      if (decided !== NO_EVENT) drafts.push(decided);
      if (!rule.keepsStoryTime && (mention.type === 'DATE' || mention.type === 'TIME')) tellsTime = true;
      notADate = decided === NO_EVENT && rule.notADate === true;
      break;
    }
    // Whatever the date's own clause makes of it (a stretch "since November", a bound), a "when" clause after it
    // tells an event at that date; a yardstick or a misread date (ruled out above) tells none.
    const when = notADate ? null : draftWhenClause(ctx, mention);
    if (when) drafts.push(when);
  }
  return { drafts: [...drafts, ...draftPlanned(ctx.ref, ctx.published)], tellsTime };
}
