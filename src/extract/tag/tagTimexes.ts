import { PARSERS, REFINERS } from './pipeline.ts';
import { readReferenceDate } from './referenceDate.ts';
import type { Draft, RefineOptions } from './types.ts';
import { isWellFormedTimexValue } from './wellFormed.ts';

/** A temporal expression found in a text, normalised TimeML-style. */
export interface Timex {
  /** JS string offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TimeML value: 2022-09, 2023-04-18, P2M, P8.5M, PRESENT_REF, 1998-Q3, 2022-SU, 2023-04-18TMO, XXXX-04-16 … */
  value: string;
  /** Short human steps of how the value was reached ("why this date"). */
  trace: string[];
  /** For a DURATION: the date value it is anchored to, when the text says so. */
  anchor?: string;
}

/** How to read the text. */
export interface TagOptions {
  /**
   * Publication date YYYY-MM-DD (reference time); null → unresolvable relative values use X placeholders. A date that
   * is not a real day (2023-02-30, 0000-01-01) is refused with a ReferenceDateError.
   */
  dct: string | null;
  /**
   * Narrative (history) text: resolve relative expressions against the last absolute date mentioned. Left out, the
   * tagger decides from the text (mostly dates years before publication, few words like "yesterday").
   */
  narrative?: boolean;
  /** Called after each parser's sweep of the text with the share of the sweeps done, 0…1. */
  onProgress?: (share: number) => void;
}

const BARE_CR = /\r(?!\n)/g;

function runParsers(text: string, onProgress?: (share: number) => void): Draft[] {
  const drafts: Draft[] = [];
  for (const [index, parser] of PARSERS.entries()) {
    if (index > 0) onProgress?.(index / PARSERS.length);
    const re = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = parser.extract(m, text);
      if (found) drafts.push(...(Array.isArray(found) ? found : [found]));
    }
  }
  return drafts;
}

/**
 * Finds and normalises the temporal expressions of `text`; sorted by start, non-overlapping. Throws a
 * ReferenceDateError for an impossible reference date; a bug in a rule throws too, so that tests and callers see it
 * (the CLI and the app turn it into one clear message) instead of an article that silently has no dates.
 */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  const dct = readReferenceDate(options?.dct);
  if (typeof text !== 'string' || text.length === 0) return [];
  const given = typeof options?.narrative === 'boolean';
  const refineOptions: RefineOptions = { dct, narrative: options?.narrative === true, narrativeGiven: given };
  // Rules read "\n" as a line break; a bare CR (old Mac files) is one too. One character for one keeps offsets exact.
  const lines = text.replace(BARE_CR, '\n');
  let drafts = runParsers(lines, options?.onProgress);
  for (const refiner of REFINERS) drafts = refiner.refine(drafts, lines, refineOptions);
  const timexes: Timex[] = [];
  let lastEnd = 0;
  for (const d of drafts) {
    if (d.value === undefined || !isWellFormedTimexValue(d.value)) continue;
    if (d.start < lastEnd || d.end > text.length || d.end <= d.start) continue;
    const timex: Timex = { start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type, value: d.value, trace: d.trace };
    if (d.anchor !== undefined) timex.anchor = d.anchor;
    timexes.push(timex);
    lastEnd = d.end;
  }
  return timexes;
}
