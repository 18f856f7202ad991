import type { ParagraphKind } from '../../model/dataFile';
import { looksLikeCaption, normaliseForRepeat } from './captions';
import { readDateline } from './readDateline';

/** The kind of one line and, when it repeats an earlier line, that line's index. */
export interface LineClass {
  kind: ParagraphKind;
  repeatOfIndex?: number;
}

const BYLINE = /^\s*[Bb]y\s+[A-Z][\p{L}.'-]*(?:\s+(?:[A-Z][\p{L}.'-]*|and|&|de|van|von|al))*\s*$/u;
const MAX_HEADLINE_WORDS = 25;
// Repeats shorter than this are ordinary words ("Advertisement") rather than captions.
const MIN_REPEAT_WORDS = 2;

const countWords = (line: string) => line.trim().split(/\s+/).length;
const endsLikeSentence = (line: string) => /[.!:;]["”')]?\s*$/.test(line);

/**
 * Classifies the lines of an article. A dateline is a short date/time/section stamp or a byline; a caption
 * describes a photo (a credit, "X, left, and Y …") or is a line printed more than once; the headline is the first
 * other line if it does not end like a sentence; everything else is body. Repeats point at the first printing.
 */
export function classifyParagraphs(lines: readonly string[]): LineClass[] {
  const firstIndexByKey = new Map<string, number>();
  const countByKey = new Map<string, number>();
  const keys = lines.map((line) => normaliseForRepeat(line));
  keys.forEach((key, index) => {
    if (!firstIndexByKey.has(key)) firstIndexByKey.set(key, index);
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  });
  let headlineSeen = false;
  let bodySeen = false;
  return lines.map((line, index) => {
    const key = keys[index]!;
    const repeated = (countByKey.get(key) ?? 0) > 1 && countWords(key) >= MIN_REPEAT_WORDS;
    const first = firstIndexByKey.get(key)!;
    const repeat = repeated && first < index ? { repeatOfIndex: first } : {};
    if (readDateline(line) || BYLINE.test(line)) return { kind: 'dateline', ...repeat };
    if (looksLikeCaption(line) || repeated) return { kind: 'caption', ...repeat };
    if (!headlineSeen && !bodySeen && !endsLikeSentence(line) && countWords(line) <= MAX_HEADLINE_WORDS) {
      headlineSeen = true;
      return { kind: 'headline', ...repeat };
    }
    bodySeen = true;
    return { kind: 'body', ...repeat };
  });
}
