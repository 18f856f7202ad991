import type { DataFileInput, Mention, Paragraph } from '../../model/dataFile';
import { formatEdtf } from '../../model/edtf';
import { measureLeadDateline } from '../segment/readDateline';
import { splitSentences } from '../segment/splitSentences';
import { assignEventIds } from './assignEventIds';
import { advanceStory, continueNarrative, rememberLastDate, rememberSentence, type NarrativeState } from './continueNarrative';
import { draftSentenceEvents } from './draftSentenceEvents';
import { distinctTitles, mergePlanned, mergeSameSentence } from './mergeEvents';
import { makeSentenceContext, type SubjectMemory } from './sentenceContext';
import type { EventDraft } from './types';

/** An event as written to the data file. */
export type EventOutput = DataFileInput['events'][number];

// Datelines stamp the article, they report nothing; a repeated caption was already read at its first printing.
const isNarrative = (p: Paragraph) => (p.kind === 'body' || p.kind === 'headline' || p.kind === 'caption') && !p.repeatOf;
const isStory = (d: EventDraft) => !d.plannedNoun && d.mainClause !== false;

/**
 * The steps over a whole article's drafts, in order: planned events named twice become one before titles are
 * compared, so that only real repeats are told apart; telling titles apart comes last, when every title is final.
 */
const ARTICLE_STEPS: readonly ((drafts: readonly EventDraft[]) => EventDraft[])[] = [mergePlanned, distinctTitles];

function walkSentences(paragraphs: readonly Paragraph[], mentions: readonly Mention[], published: string): EventDraft[] {
  const drafts: EventDraft[] = [];
  const state: NarrativeState = {};
  const memory: SubjectMemory = {};
  const byParagraph = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  const firstBody = paragraphs.find((p) => p.kind === 'body' && !p.repeatOf);
  for (const paragraph of paragraphs.filter(isNarrative)) {
    const own = (byParagraph.get(paragraph.id) ?? []).sort((a, b) => a.start - b.start);
    let next = 0;
    let opensStory = paragraph === firstBody;
    for (const sentence of splitSentences(paragraph.text)) {
      // "KHERSON, Ukraine (AP) — " stamps the story: the lead's clause, and every event quoting it, begin after it.
      const start = opensStory ? sentence.start + measureLeadDateline(paragraph.text.slice(sentence.start, sentence.end)) : sentence.start;
      const ref = { paragraph: paragraph.id, paragraphText: paragraph.text, start, end: sentence.end, headline: paragraph.kind === 'headline', opensStory };
      opensStory = false;
      // Mentions and sentences both run in text order: one forward walk hands each sentence its own.
      while (next < own.length && own[next]!.start < start) next++;
      const inside: Mention[] = [];
      while (next < own.length && own[next]!.end <= sentence.end) inside.push(own[next++]!);
      const ctx = makeSentenceContext(ref, inside, published, memory);
      const dated = draftSentenceEvents(ctx);
      let found = mergeSameSentence(dated.drafts);
      // "Sales rose 5% from $20 billion a year earlier": a yardstick date leaves the sentence undated.
      if (!found.some((d) => !d.plannedNoun) && !dated.tellsTime) {
        const continued = continueNarrative(ctx, state);
        if (continued && 'continues' in continued) {
          continued.continues.sources.push(continued.source);
          continued.continues.why.push(continued.reason);
          rememberSentence(state, ctx, true);
          drafts.push(...found);
          continue;
        }
        if (continued) found = [continued, ...found];
      }
      // Only a main clause's date carries on: "…, which fell in 1943" does not date the next sentence.
      advanceStory(state, ctx, found.filter(isStory), published);
      rememberSentence(state, ctx, found.some(isStory));
      rememberLastDate(state, found);
      drafts.push(...found);
    }
  }
  return ARTICLE_STEPS.reduce<EventDraft[]>((list, step) => step(list), drafts);
}

/**
 * Builds the events of an article from its paragraphs and mentions (mention offsets are into their paragraph):
 * one per dated clause, anchored durations as ranges, planned events as FUTURE_REF items, undated sentences that
 * continue a dated story at its date; same date in the same sentence merged. Ids are readable slugs of the titles.
 */
export function buildEvents(paragraphs: readonly Paragraph[], mentions: readonly Mention[], published: string): EventOutput[] {
  const drafts = walkSentences(paragraphs, mentions, published);
  const ids = assignEventIds(drafts.map((d) => d.title));
  return drafts.flatMap((draft, index) => {
    const edtf = formatEdtf(draft, published);
    if (!edtf) return [];
    const event: EventOutput = {
      id: ids[index]!,
      title: draft.title,
      start: draft.start,
      ...(draft.end ? { end: draft.end } : {}),
      granularity: draft.granularity,
      approximate: draft.approximate,
      approximateEnd: draft.approximateEnd,
      ongoing: draft.ongoing,
      category: draft.category,
      edtf,
      sources: draft.sources,
      mentions: draft.mentions,
      why: draft.why,
    };
    return [event];
  });
}
