import type { Span } from '../model/dataFile';

/**
 * The words selected in one paragraph of the article, as a span of that paragraph's text; null when nothing is
 * selected, or the selection crosses paragraphs or lies outside the article. The paragraph element's text is the
 * paragraph's text verbatim (mentions and highlights only wrap it), so offsets are counted on its text content.
 */
export function readArticleSelection(selection: Selection | null, root: ParentNode = document): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const element = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const paragraph = element(range.startContainer)?.closest<HTMLElement>('[data-paragraph-id]');
  if (!paragraph || paragraph !== element(range.endContainer)?.closest('[data-paragraph-id]')) return null;
  if (!root.contains(paragraph)) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const text = paragraph.textContent ?? '';
  let start = before.toString().length;
  let end = start + range.toString().length;
  // The words, not the spaces a double-click or a drag picks up around them.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { paragraph: paragraph.dataset.paragraphId!, start, end, text: text.slice(start, end) };
}
