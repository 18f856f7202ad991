import type { Token } from '../parse/parseSentence';
import { findVerbGroups, notArticle, isBreak, type ClauseWord, type VerbGroup } from './clauseWords';
import { headlineVerb, isPlural, joinTokens, limit, MAX_WORDS, objectAfter, presentInObject } from './predicateParts';

/**
 * "Gunmen killed two soldiers and wounded five others last week": a second predicate joined by "and", sharing the
 * subject and with no date of its own, tells the same happening, and a headline joins it with a comma ("Gunmen kill
 * two soldiers, wound five others") when both fit in ten words. Returns the text to append, or null.
 */
export function secondPredicate(words: readonly ClauseWord[], group: VerbGroup, title: string, subjectText: string | undefined): string | null {
  let and = -1;
  for (let i = group.to; i < words.length; i++) {
    const { token } = words[i]!;
    if (isBreak(token)) return null;
    if (token.pos === 'CCONJ') {
      and = i;
      break;
    }
  }
  if (and < 0 || !subjectText) return null;
  const next = findVerbGroups(words.slice(and + 1))[0];
  // Right after "and", without its own subject; a date inside it makes it its own event.
  if (!next || next.from !== 0 || next.participle || words[and]!.token.lemma !== 'and') return null;
  const rest = words.slice(and + 1);
  if (rest.some((w) => w.afterGap)) return null;
  const shifted: VerbGroup = { ...next };
  const verb = headlineVerb(shifted, isPlural([], subjectText), false, false);
  const object = presentInObject(objectAfter(rest, shifted).filter(notArticle));
  const used = title.split(' ').length;
  const all = [...verb, ...object.map((t) => t.text)];
  const tokensOf: (Token | null)[] = [...verb.map(() => null), ...object];
  // Only a whole predicate: its object names something ("wound five others", not "allow him") and no infinitive that
  // completes it is left behind ("ordered the uncle to appear").
  const after = rest[objectAfter(rest, shifted).length + next.to];
  const infinitiveLeft = after?.token.text.toLowerCase() === 'to' && rest[next.to + objectAfter(rest, shifted).length + 1]?.token.pos === 'VERB';
  if (used + all.length > MAX_WORDS || !object.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') || infinitiveLeft) return null;
  const kept = limit(all, tokensOf);
  if (kept.length < all.length) return null;
  return `${verb.join(' ')} ${joinTokens(object)}`;
}
