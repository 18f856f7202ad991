// The tagger alone: the extractor's public entry would bring the events stage and its 4 MB language model along.
import { tagTimexes } from '../extract/tag/tagTimexes';
import type { EventDate } from '../model/curation';
import { formatEdtf } from '../model/edtf';
import { formatTimeValue } from '../model/timeLabel';
import { parseTimeValue } from '../model/timeValue';

/** What the date field understood, shown before saving. */
export type TypedDateReading =
  | { ok: true; date: EventDate; /** In words: "about August 2022 – ongoing". */ label: string; /** "month, approximate, ongoing" */ precision: string }
  | { ok: false; message: string };

interface Piece {
  start: number;
  end: number;
  value: string;
}

// Words that make a date approximate when they come right before it ("early August", "about 2019", "c. 1990").
const APPROXIMATE_BEFORE = /(?:\b(?:about|around|approximately|roughly|circa|early|mid|late|c\.)|~)\s*$/i;
const APPROXIMATE_AFTER = /^\s*[~?]/;
// The tagger keeps "early"/"late" inside the expression it found ("early August 2022").
const APPROXIMATE_INSIDE = /^(?:about|around|approximately|roughly|circa|early|mid|late)\b/i;
// The end of a range still going on: "– ongoing", "to present", "since 2019".
const ONGOING = /\b(?:ongoing|present|now|today|continuing|still going)\b|^\s*since\b|[–—-]\s*$/i;
// ISO forms people paste: the tagger reads prose, so "2022-09" is read here (validated by the time value parser).
const ISO_DATE = /\b\d{4}-\d{2}(?:-\d{2})?\b/g;

function findPieces(text: string, published: string): Piece[] {
  const pieces: Piece[] = tagTimexes(text, { dct: published })
    .filter((t) => t.type === 'DATE' || t.type === 'TIME')
    .filter((t) => parseTimeValue(t.value, published) !== null || t.value === 'FUTURE_REF')
    .map((t) => ({ start: t.start, end: t.end, value: t.value === 'PRESENT_REF' ? published : t.value }));
  for (const m of text.matchAll(ISO_DATE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (pieces.some((p) => p.start < end && start < p.end) || !parseTimeValue(m[0])) continue;
    pieces.push({ start, end, value: m[0] });
  }
  return pieces.sort((a, b) => a.start - b.start);
}

/** Precision in words: the granularity, then range / approximate / ongoing. */
function describePrecision(date: EventDate): string {
  const parts: string[] = [date.granularity];
  if (date.end) parts.push('range');
  if (date.approximate || date.approximateEnd) parts.push('approximate');
  if (date.ongoing) parts.push('ongoing');
  return parts.join(', ');
}

/**
 * Reads a date as people type it ("Sept 2022", "2022-09", "14 March 2023", "early August 2022 – ongoing", "1990s",
 * "March 2022 – July 2023") with the project's own tagger, resolved against the publication date.
 */
export function readTypedDate(typed: string, published: string): TypedDateReading {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Type a date, for example “Sept 2022” or “14 March 2023”.' };
  const pieces = findPieces(text, published);
  const first = pieces[0];
  if (!first) return { ok: false, message: `“${text}” could not be read as a date. The date was not changed.` };
  if (pieces.length > 2) return { ok: false, message: `“${text}” names ${pieces.length} dates; type one date or a range of two.` };
  const second = pieces[1];
  const firstSpan = parseTimeValue(first.value, published);
  const secondSpan = second ? parseTimeValue(second.value, published) : null;
  if (firstSpan && secondSpan && secondSpan.endMs <= firstSpan.startMs) {
    return { ok: false, message: `“${text}” ends before it starts. The date was not changed.` };
  }
  const after = text.slice((second ?? first).end);
  const ongoing = !second && ONGOING.test(`${text.slice(0, first.start)}${after}`);
  const isApproximate = (piece: Piece, before: string, rest: string) =>
    APPROXIMATE_BEFORE.test(before) || APPROXIMATE_INSIDE.test(text.slice(piece.start, piece.end)) || APPROXIMATE_AFTER.test(rest);
  const approximate = isApproximate(first, text.slice(0, first.start), text.slice(first.end));
  const approximateEnd = second ? isApproximate(second, text.slice(first.end, second.start), after) : false;
  const granularity = firstSpan?.granularity ?? 'day';
  const base = { start: first.value, ...(second ? { end: second.value } : {}), granularity, approximate, approximateEnd, ongoing };
  const edtf = formatEdtf(base, published);
  if (!edtf) return { ok: false, message: `“${text}” names no position in time. The date was not changed.` };
  const date: EventDate = { ...base, edtf };
  const startLabel = formatTimeValue(date.start, { approximate });
  const endLabel = date.end ? formatTimeValue(date.end, { approximate: approximateEnd }) : ongoing ? 'ongoing' : null;
  return { ok: true, date, label: endLabel ? `${startLabel} – ${endLabel}` : startLabel, precision: describePrecision(date) };
}
