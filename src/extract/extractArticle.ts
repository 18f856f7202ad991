import { DATA_FILE_VERSION, type DataFileInput, type Mention } from '../model/dataFile';
import { buildEvents } from './events/buildEvents';
import { segmentArticle, type PlacedParagraph } from './segment/segmentArticle';
import { tagTimexes, type Timex } from './tag/tagTimexes.ts';

/** Options of one extraction. */
export interface ExtractOptions {
  /** Publication date YYYY-MM-DD; overrides the dateline's. */
  published?: string;
  /** Source file name; its base name becomes the article id. */
  fileName?: string;
  /** Written to the file's `generator` field. */
  generator?: string;
  /** Called as the work advances with the share done, 0…1 (the tagger reports by characters swept). */
  onProgress?: (fraction: number) => void;
}

// Rough shares of the run time on long texts (segmenting, tagging, building events), for progress bars.
const SEGMENT_SHARE = 0.25;
const TAG_SHARE = 0.6;

/** Raised when the article cannot be made into a data file (no text, no publication date). */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

/** Places each timex in the paragraph holding it; one that crosses a line break belongs to none and is dropped. */
function placeMentions(paragraphs: readonly PlacedParagraph[], timexes: readonly Timex[]): Mention[] {
  const mentions: Mention[] = [];
  // Both lists run in text order, so one forward walk places every timex (long inputs stay linear).
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  let index = 0;
  for (const timex of sorted) {
    while (index < paragraphs.length && paragraphs[index]!.offset + paragraphs[index]!.text.length <= timex.start) index++;
    const paragraph = paragraphs[index];
    if (!paragraph || timex.start < paragraph.offset || timex.end > paragraph.offset + paragraph.text.length) continue;
    const start = timex.start - paragraph.offset;
    const end = timex.end - paragraph.offset;
    mentions.push({
      id: `m${mentions.length + 1}`,
      paragraph: paragraph.id,
      start,
      end,
      text: paragraph.text.slice(start, end),
      type: timex.type,
      value: timex.value,
      trace: timex.trace,
    });
  }
  return mentions;
}

/**
 * The whole pipeline: article text → paragraphs (kinds, repeats) and article facts → temporal mentions resolved
 * against the publication date → events with their source words. Pure: the result is a data file object for
 * `DataFileSchema`, not yet validated.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): DataFileInput {
  if (text.trim() === '') throw new ExtractError('the article is empty');
  const { paragraphs, article } = segmentArticle(text, options.fileName ? { fileName: options.fileName } : {});
  const published = options.published ?? article.published;
  if (!published) {
    throw new ExtractError('no publication date: the article has no dateline with a date; pass --published YYYY-MM-DD');
  }
  const report = options.onProgress;
  report?.(SEGMENT_SHARE);
  const timexes = tagTimexes(text, { dct: published, ...(report ? { onProgress: (share: number) => report(SEGMENT_SHARE + TAG_SHARE * share) } : {}) });
  report?.(SEGMENT_SHARE + TAG_SHARE);
  const mentions = placeMentions(paragraphs, timexes);
  const plain = paragraphs.map(({ offset: _offset, ...paragraph }) => paragraph);
  return {
    version: DATA_FILE_VERSION,
    ...(options.generator ? { generator: options.generator } : {}),
    article: { ...article, published },
    paragraphs: plain,
    mentions,
    events: buildEvents(plain, mentions, published),
  };
}
