import type { Draft, TimexType } from './types.ts';

/** A draft covering the whole match. */
export function makeDraft(match: RegExpExecArray, parser: string, type: TimexType, rest: Partial<Draft> = {}): Draft {
  return { start: match.index, end: match.index + match[0].length, type, parser, trace: [], ...rest };
}

/** Lower-cased, single-spaced text of a match, for traces and lookups. */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Modifiers TimeML keeps inside the span without changing the value ("early May", "the end of 1998"). */
export const MODIFIER_RE = '(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|' +
  'the second half of|the turn of|the close of)';
