import { categorize } from './categorize';
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

/**
 * The events one sentence dates by itself: each mention goes through `MENTION_RULES` in order and the first rule
 * that decides makes its event or rules it out; planned events ("is preparing a counteroffensive") come last.
 */
export function draftSentenceEvents(ctx: SentenceContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const mention of ctx.mentions) {
    for (const rule of MENTION_RULES) {
      const result = rule.apply(mention, ctx);
      if (result === undefined) continue;
      if (result !== NO_EVENT) drafts.push(result);
      break;
    }
  }
  return [...drafts, ...draftPlanned(ctx.ref, ctx.published)];
}
