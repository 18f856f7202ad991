import { describe, expect, it } from 'vitest';
import { readArticleSelection } from '../../../src/curation/readArticleSelection';

function setUp() {
  document.body.innerHTML = `<article id="article">
    <p data-paragraph-id="p6">Work began in <button class="mention">March 2018</button>, when <mark>the lamp was taken down</mark> for repair.</p>
    <p data-paragraph-id="p7">A festival is planned.</p>
  </article><p id="outside">Elsewhere</p>`;
  return document.getElementById('article')!;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('readArticleSelection', () => {
  it('counts offsets on the paragraph text across mentions and highlights, without surrounding spaces', () => {
    const article = setUp();
    const p6 = article.querySelector('[data-paragraph-id="p6"]')!;
    const mention = p6.querySelector('button')!.firstChild!;
    const mark = p6.querySelector('mark')!.firstChild!;
    // From the space before "March" to the end of "the lamp".
    const span = readArticleSelection(select(p6.firstChild!, 13, mark, 8), article);
    expect(span).toEqual({ paragraph: 'p6', start: 14, end: 39, text: 'March 2018, when the lamp' });
    expect(mention.textContent).toBe('March 2018');
  });

  it('reads nothing when the selection crosses paragraphs, lies outside the article or is empty', () => {
    const article = setUp();
    const [p6, p7] = [...article.querySelectorAll('[data-paragraph-id]')];
    expect(readArticleSelection(select(p6!.firstChild!, 0, p7!.firstChild!, 5), article)).toBeNull();
    const outside = document.getElementById('outside')!.firstChild!;
    expect(readArticleSelection(select(outside, 0, outside, 4), article)).toBeNull();
    expect(readArticleSelection(select(p7!.firstChild!, 3, p7!.firstChild!, 3), article)).toBeNull();
  });
});
