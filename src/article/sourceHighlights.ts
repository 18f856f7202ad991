import type { Paragraph, TimelineEvent } from '../model/dataFile';
import type { HighlightRange } from './splitParagraph';

/** Where the selected event's sources show: highlights per shown paragraph, and the paragraph to bring into view. */
export interface SourcePlacement {
  highlightsByParagraph: ReadonlyMap<string, HighlightRange[]>;
  /** The shown paragraph holding the first source that can be shown; null when none can. */
  currentParagraphId: string | null;
}

const NOWHERE: SourcePlacement = { highlightsByParagraph: new Map(), currentParagraphId: null };

/**
 * Places an event's sources on the paragraphs the pane shows. A source in a hidden repeat (a caption
 * printed twice) moves to the line it repeats when the same words sit at the same offsets there.
 */
export function placeSources(event: TimelineEvent | null, paragraphs: readonly Paragraph[], shownIds: ReadonlySet<string>): SourcePlacement {
  if (!event) return NOWHERE;
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const highlightsByParagraph = new Map<string, HighlightRange[]>();
  let currentParagraphId: string | null = null;
  event.sources.forEach((source, index) => {
    let paragraphId = source.paragraph;
    const paragraph = byId.get(paragraphId);
    if (paragraph?.repeatOf) {
      const original = byId.get(paragraph.repeatOf);
      if (original?.text.slice(source.start, source.end) === source.text) paragraphId = original.id;
    }
    if (!shownIds.has(paragraphId)) return;
    const list = highlightsByParagraph.get(paragraphId) ?? [];
    list.push({ start: source.start, end: source.end, index });
    highlightsByParagraph.set(paragraphId, list);
    currentParagraphId ??= paragraphId;
  });
  return { highlightsByParagraph, currentParagraphId };
}
