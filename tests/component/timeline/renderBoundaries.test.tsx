import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { Timeline } from '../../../src/timeline/Timeline';
import { describeShapePath } from '../../../src/timeline/categoryStyle';
import { buildFixtureEvents, FIXTURE_PUBLISHED } from '../../helpers/buildTimelineEvent';

// Every EventMark and the Legend draw their glyphs through describeShapePath: counting its calls counts renders.
vi.mock('../../../src/timeline/categoryStyle', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/timeline/categoryStyle')>();
  return { ...original, describeShapePath: vi.fn(original.describeShapePath) };
});

const events = buildFixtureEvents();
const onSelect = () => {};
const draw = (selectedId: string | null, emphasisedIds: ReadonlySet<string>) => (
  <Timeline events={events} published={FIXTURE_PUBLISHED} selectedId={selectedId} emphasisedIds={emphasisedIds} onSelect={onSelect} widthPx={800} />
);

describe('Timeline render boundaries', () => {
  it('draws 9 mark glyphs and 6 legend glyphs at first', () => {
    vi.mocked(describeShapePath).mockClear();
    render(draw(null, new Set()));
    expect(describeShapePath).toHaveBeenCalledTimes(15);
  });

  it('re-renders only the two marks whose selection changed, and nothing else', () => {
    const emphasis = new Set<string>();
    const { rerender } = render(draw('easter', emphasis));
    vi.mocked(describeShapePath).mockClear();
    rerender(draw('capture', emphasis));
    expect(describeShapePath).toHaveBeenCalledTimes(2);
  });

  it('re-renders only the marks whose emphasis changed when the article scrolls', () => {
    const { rerender } = render(draw(null, new Set(['easter'])));
    vi.mocked(describeShapePath).mockClear();
    rerender(draw(null, new Set(['easter', 'capture', 'annexation'])));
    expect(describeShapePath).toHaveBeenCalledTimes(2);
  });

  it('re-renders no mark when the parent re-renders with equal props', () => {
    const emphasis = new Set(['easter']);
    const { rerender } = render(draw('capture', emphasis));
    vi.mocked(describeShapePath).mockClear();
    rerender(draw('capture', new Set(emphasis)));
    expect(describeShapePath).toHaveBeenCalledTimes(0);
  });
});
