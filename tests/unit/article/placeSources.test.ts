import { describe, expect, it } from 'vitest';
import { placeSources } from '../../../src/article/sourceHighlights';
import { buildDataFile, buildLighthouseFile } from '../../fixtures/dataFileBuilder';

const SHOWN = new Set(['p1', 'p3', 'p5', 'p6', 'p7']);

describe('placeSources', () => {
  it('highlights every source and makes the first one’s paragraph current', () => {
    const file = buildLighthouseFile();
    const restoration = file.events.find((e) => e.id === 'restoration')!;
    const placement = placeSources(restoration, file.paragraphs, SHOWN);
    expect(placement.currentParagraphId).toBe('p6');
    expect(Object.fromEntries(placement.highlightsByParagraph)).toEqual({
      p6: [{ start: 0, end: 24, index: 0 }],
      p5: [{ start: 36, end: 60, index: 1 }],
    });
  });

  it('places nothing when no event is selected', () => {
    const file = buildLighthouseFile();
    const placement = placeSources(null, file.paragraphs, SHOWN);
    expect(placement.currentParagraphId).toBeNull();
    expect(placement.highlightsByParagraph.size).toBe(0);
  });

  it('moves a source in a hidden repeated caption to the caption it repeats', () => {
    const file = buildDataFile({
      paragraphs: [
        { id: 'p1', kind: 'caption', text: 'Crowds on 4 July.' },
        { id: 'p2', kind: 'caption', text: 'Crowds on 4 July.', repeatOf: 'p1' },
      ],
      events: [{ id: 'e', title: 'Crowds', start: '2021-07-04', granularity: 'day', sources: [{ paragraph: 'p2', text: 'on 4 July' }] }],
    });
    const placement = placeSources(file.events[0]!, file.paragraphs, new Set(['p1']));
    expect(placement.currentParagraphId).toBe('p1');
    expect(placement.highlightsByParagraph.get('p1')).toEqual([{ start: 7, end: 16, index: 0 }]);
  });
});

describe('placeSources leaves out sources it cannot show', () => {
  it('skips a source in a paragraph the pane does not show (the dateline)', () => {
    const file = buildDataFile({
      paragraphs: [
        { id: 'p1', kind: 'dateline', text: 'date 2021-06-10 Local' },
        { id: 'p2', kind: 'body', text: 'It happened on 10 June.' },
      ],
      events: [
        {
          id: 'e', title: 'E', start: '2021-06-10', granularity: 'day',
          sources: [{ paragraph: 'p1', text: '2021-06-10' }, { paragraph: 'p2', text: 'on 10 June' }],
        },
      ],
    });
    const placement = placeSources(file.events[0]!, file.paragraphs, new Set(['p2']));
    expect(placement.currentParagraphId).toBe('p2');
    expect([...placement.highlightsByParagraph.keys()]).toEqual(['p2']);
  });

  it('does not move a source to a repeated line whose words differ there', () => {
    const file = buildDataFile({
      paragraphs: [
        { id: 'p1', kind: 'caption', text: 'Crowds on 4 July.' },
        { id: 'p2', kind: 'caption', text: 'Huge crowds on 4 July.', repeatOf: 'p1' },
      ],
      events: [{ id: 'e', title: 'E', start: '2021-07-04', granularity: 'day', sources: [{ paragraph: 'p2', text: 'on 4 July' }] }],
    });
    const placement = placeSources(file.events[0]!, file.paragraphs, new Set(['p1']));
    expect(placement.currentParagraphId).toBeNull();
    expect(placement.highlightsByParagraph.size).toBe(0);
  });
});
