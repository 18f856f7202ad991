import type { Article, Paragraph } from '../../model/dataFile';
import { readCredit } from './captions';
import { classifyParagraphs } from './classifyParagraphs';
import { readDateline, readLeadDatelineDay } from './readDateline';
import { slugify } from './slugify';
import { splitLines } from './splitLines';

/** A paragraph and where its first character sits in the source text. */
export interface PlacedParagraph extends Paragraph {
  offset: number;
}

/** The article's lines as paragraphs and what its dateline, headline and captions say about it. */
export interface SegmentedArticle {
  paragraphs: PlacedParagraph[];
  /** Article facts; `published` is undefined when no dateline gives a date. */
  article: Omit<Article, 'published'> & { published?: string };
}

/** Options of a segmentation run. */
export interface SegmentOptions {
  /** Name of the source file; its base name becomes the article id. */
  fileName?: string;
}

const UNTITLED = 'Untitled article';

function slugFromFileName(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
  return base === '' ? undefined : slugify(base);
}

/**
 * Cuts an article into paragraphs (one per non-empty line, verbatim, ids p1, p2, …), classifies them, links
 * repeated captions to their first printing, and reads title, date, time, section and credit from them.
 */
export function segmentArticle(text: string, options: SegmentOptions = {}): SegmentedArticle {
  const lines = splitLines(text);
  const classes = classifyParagraphs(lines.map((line) => line.text));
  const paragraphs: PlacedParagraph[] = lines.map((line, index) => {
    const cls = classes[index]!;
    const paragraph: PlacedParagraph = { id: `p${index + 1}`, kind: cls.kind, text: line.text, offset: line.offset };
    if (cls.repeatOfIndex !== undefined) paragraph.repeatOf = `p${cls.repeatOfIndex + 1}`;
    return paragraph;
  });
  const datelines = paragraphs.filter((p) => p.kind === 'dateline').map((p) => readDateline(p.text) ?? {});
  const headline = paragraphs.find((p) => p.kind === 'headline');
  const title = headline?.text.trim() ?? UNTITLED;
  const article: SegmentedArticle['article'] = {
    id: (options.fileName && slugFromFileName(options.fileName)) || slugify(title, 'article'),
    title,
  };
  // A wire story may carry its date only in the dateline its first paragraph opens with.
  const lead = paragraphs.find((p) => p.kind === 'body');
  const published = datelines.find((d) => d.published)?.published ?? (lead && readLeadDatelineDay(lead.text));
  const time = datelines.find((d) => d.time)?.time;
  const section = datelines.find((d) => d.section)?.section;
  const credit = paragraphs.map((p) => (p.kind === 'caption' ? readCredit(p.text) : undefined)).find((c) => c)
    ?? datelines.find((d) => d.credit)?.credit;
  if (published) article.published = published;
  if (time) article.time = time;
  if (section) article.section = section;
  if (credit) article.credit = credit;
  return { paragraphs, article };
}
