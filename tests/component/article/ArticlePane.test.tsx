import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticlePane } from '../../../src/article/ArticlePane';
import { FIRST_BATCH_CHARACTERS } from '../../../src/article/useProgressiveCount';
import { buildDataFile, buildLighthouseFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';
import { buildLongArticleSpec } from '../../fixtures/longArticle';

const paragraphOf = (element: Element) => element.closest('[data-paragraph-id]')!;

describe('ArticlePane', () => {
  it('shows the headline as the h1, then the dateline in words', () => {
    render(<ArticlePane file={buildLighthouseFile()} selectedId={null} onSelect={() => {}} />);
    const article = screen.getByRole('article', { name: 'Article' });
    expect(within(article).getByRole('heading', { level: 1 }).textContent).toBe('Harbour town reopens its old lighthouse');
    expect(article.querySelector('.dateline')!.textContent).toBe('10 June 2021, 7:40am · Local · Coast Desk');
    expect(article.querySelector('.dateline time')!.getAttribute('datetime')).toBe('2021-06-10');
  });

  it('shows the captions and body in order, each repeat once and without the raw dateline line', () => {
    const { container } = render(<ArticlePane file={buildLighthouseFile()} selectedId={null} onSelect={() => {}} />);
    const ids = [...container.querySelectorAll('[data-paragraph-id]')].map((e) => e.getAttribute('id'));
    expect(ids).toEqual(['para-p1', 'para-p3', 'para-p5', 'para-p6', 'para-p7']);
    expect(screen.getAllByText('The lighthouse at dawn, seen from the north pier.')).toHaveLength(1);
    expect(screen.queryByText('date 2021-06-10 Local')).toBeNull();
  });

  it('makes every mention of an event its own button that selects that event', async () => {
    const onSelect = vi.fn();
    render(<ArticlePane file={buildLighthouseFile()} selectedId={null} onSelect={onSelect} />);
    const button = screen.getByRole('button', { name: 'March 2018' });
    expect(button.getAttribute('data-mention-id')).toBe('m-march');
    expect(button.getAttribute('data-event-id')).toBe('lamp-removed');
    await userEvent.click(button);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('lamp-removed');
    await userEvent.click(screen.getByRole('button', { name: 'three-year' }));
    expect(onSelect).toHaveBeenLastCalledWith('restoration');
  });

  it('shows a mention that dates no event as marked text, not a button', () => {
    render(<ArticlePane file={buildLighthouseFile()} selectedId={null} onSelect={() => {}} />);
    const sunday = screen.getByText('every Sunday');
    expect(sunday.tagName).toBe('SPAN');
    expect(sunday.className).toBe('mention');
    expect(screen.queryByRole('button', { name: 'every Sunday' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['today', 'three-year', 'March 2018', 'next summer']);
  });

  it('marks the selected event’s first source paragraph current and highlights its exact words', () => {
    render(<ArticlePane file={buildLighthouseFile()} selectedId="restoration" onSelect={() => {}} />);
    const highlight = screen.getByTestId('source-highlight');
    expect(highlight.tagName).toBe('MARK');
    expect(highlight.textContent).toBe('Work began in March 2018');
    expect(paragraphOf(highlight).getAttribute('id')).toBe('para-p6');
    expect(paragraphOf(highlight).getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('source-highlight-more').textContent).toBe('a three-year restoration');
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it('keeps the mention button inside the highlight', () => {
    render(<ArticlePane file={buildLighthouseFile()} selectedId="restoration" onSelect={() => {}} />);
    const highlight = screen.getByTestId('source-highlight');
    expect(within(highlight).getByRole('button', { name: 'March 2018' }).getAttribute('data-event-id')).toBe('lamp-removed');
  });

  it('moves current and highlight when the selection changes', () => {
    const file = buildLighthouseFile();
    const { rerender } = render(<ArticlePane file={file} selectedId="restoration" onSelect={() => {}} />);
    rerender(<ArticlePane file={file} selectedId="festival" onSelect={() => {}} />);
    expect(screen.getByTestId('source-highlight').textContent).toBe('A festival is planned for next summer');
    expect(document.querySelector('[aria-current="true"]')!.id).toBe('para-p7');
    expect(screen.queryByTestId('source-highlight-more')).toBeNull();
  });

  it('shows no highlight and no current paragraph when nothing is selected', () => {
    render(<ArticlePane file={buildLighthouseFile()} selectedId={null} onSelect={() => {}} />);
    expect(screen.queryByTestId('source-highlight')).toBeNull();
    expect(document.querySelector('[aria-current]')).toBeNull();
  });

  it('highlights a headline source inside the h1', () => {
    const file = buildDataFile({
      ...LIGHTHOUSE,
      events: [{ id: 'h', title: 'Headline event', start: '2021-06-10', granularity: 'day', sources: [{ paragraph: 'p1', text: 'reopens' }] }],
      mentions: [],
    });
    render(<ArticlePane file={file} selectedId="h" onSelect={() => {}} />);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.getAttribute('aria-current')).toBe('true');
    expect(within(h1).getByTestId('source-highlight').textContent).toBe('reopens');
  });
});

describe('ArticlePane renders hostile text as text', () => {
  const hostile = '<img src=x onerror=alert(1)> on <b>1 May</b>';

  it('shows markup in a paragraph literally and creates no element from it', () => {
    const file = buildDataFile({
      paragraphs: [{ id: 'p1', kind: 'body', text: hostile }],
      mentions: [{ id: 'm1', paragraph: 'p1', text: '1 May', value: '2021-05-01' }],
      events: [{ id: 'e', title: '<script>x</script>', start: '2021-05-01', granularity: 'day', sources: [{ paragraph: 'p1', text: 'src=x onerror' }], mentions: ['m1'] }],
    });
    const { container } = render(<ArticlePane file={file} selectedId="e" onSelect={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('#para-p1')!.textContent).toBe(hostile);
    expect(screen.getByTestId('source-highlight').textContent).toBe('src=x onerror');
    expect(screen.getByRole('button', { name: '1 May' }).getAttribute('title')).toBe('Show on the timeline: <script>x</script>');
  });

  it('shows a hostile headline literally', () => {
    const file = buildDataFile({ article: { title: '<img src=x onerror=alert(1)>' }, paragraphs: [{ id: 'p1', kind: 'body', text: 'Plain.' }] });
    const { container } = render(<ArticlePane file={file} selectedId={null} onSelect={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('ArticlePane on a 3,000-paragraph article', () => {
  const long = () => buildDataFile(buildLongArticleSpec(3000));
  const renderedIds = (container: HTMLElement) => [...container.querySelectorAll('[data-paragraph-id]')].map((e) => e.getAttribute('data-paragraph-id'));

  it('renders a screenful and more (8,000 characters) at once and the rest in later batches, in order', async () => {
    const file = long();
    const { container } = render(<ArticlePane file={file} selectedId={null} onSelect={() => {}} />);
    const body = file.paragraphs.filter((p) => p.kind === 'body');
    let firstBatch = 0;
    for (let used = 0; firstBatch < body.length && used + body[firstBatch]!.text.length <= FIRST_BATCH_CHARACTERS; firstBatch++) used += body[firstBatch]!.text.length;
    expect(firstBatch).toBeGreaterThan(20);
    expect(firstBatch).toBeLessThan(300);
    expect(renderedIds(container)).toEqual(['p0', ...Array.from({ length: firstBatch }, (_, i) => `p${i + 1}`)]);
    await waitFor(() => expect(renderedIds(container)).toHaveLength(3001), { timeout: 10_000 });
    expect(renderedIds(container).at(-1)).toBe('p3000');
  });

  it('renders and highlights the source of an event far below what is rendered yet, and scrolls the pane to it', () => {
    const scrollTo = vi.fn();
    const { container, rerender } = render(<ArticlePane file={long()} selectedId={null} onSelect={() => {}} />);
    const pane = screen.getByRole('article', { name: 'Article' });
    pane.style.overflowY = 'auto';
    pane.scrollTo = scrollTo as unknown as typeof pane.scrollTo;
    // jsdom has no layout: the pane is 500 px tall and every paragraph 50 px, one under the other.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function box(this: Element) {
      const index = this === pane ? -1 : Number(this.getAttribute('data-paragraph-id')?.slice(1) ?? 0);
      const [top, height] = index < 0 ? [0, 500] : [index * 50, 50];
      return { top, bottom: top + height, left: 0, right: 600, width: 600, height, x: 0, y: top, toJSON: () => ({}) };
    });
    rerender(<ArticlePane file={long()} selectedId="e2500" onSelect={() => {}} />);
    expect(renderedIds(container)).toHaveLength(2501);
    expect(container.querySelector('[aria-current="true"]')!.id).toBe('para-p2500');
    expect(screen.getByTestId('source-highlight').textContent).toBe('the harbour council met on 9 May 2000');
    // Paragraph 2500 starts 125,000 px down; centred in a 500 px pane: 125,000 − 225.
    expect(scrollTo).toHaveBeenCalledExactlyOnceWith({ top: 124_775, behavior: 'smooth' });
    vi.restoreAllMocks();
  });

  it('keeps mention buttons working in a late paragraph', async () => {
    const onSelect = vi.fn();
    const { container } = render(<ArticlePane file={long()} selectedId="e2950" onSelect={onSelect} />);
    await userEvent.click(within(container.querySelector<HTMLElement>('#para-p2950')!).getByRole('button', { name: '11 November 2000' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('e2950');
  });
});
