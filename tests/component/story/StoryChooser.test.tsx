import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StoryChooser, type ChooserArticle } from '../../../src/story/StoryChooser';

const articles: ChooserArticle[] = [
  { key: 'seed', name: 'Putin visits troops', datedCount: 10 },
  { key: 'aaa111', name: 'Harbour bridge reopens', datedCount: 1 },
  { key: 'bbb222', name: 'Quiet street', datedCount: 0 },
];

function renderChooser(chosenKeys: string[]) {
  const onChange = vi.fn<(keys: string[] | null) => void>();
  render(<StoryChooser articles={articles} chosen={new Set(chosenKeys)} onChange={onChange} />);
  return { onChange, chooser: screen.getByRole('group', { name: 'Articles in the story' }) };
}

describe('StoryChooser', () => {
  it('names every article with its count of dated events, and says how many are chosen', () => {
    const { chooser } = renderChooser(['seed', 'bbb222']);
    const boxes = within(chooser).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => [box.checked, box.closest('label')?.textContent])).toEqual([
      [true, 'Putin visits troops (10 events)'],
      [false, 'Harbour bridge reopens (1 event)'],
      [true, 'Quiet street (no dated events)'],
    ]);
    expect(within(chooser).getByRole('checkbox', { name: 'Harbour bridge reopens (1 event)' })).not.toBeChecked();
    expect(chooser).toHaveAccessibleDescription('2 of 3 chosen');
  });

  it('ticks an article from the keyboard, giving the choice in library order', async () => {
    const user = userEvent.setup();
    const { onChange } = renderChooser(['bbb222']);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Putin visits troops (10 events)' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['seed', 'bbb222']);
  });

  it('says every article (null) when the last one is ticked, and unticks one by its key', async () => {
    const user = userEvent.setup();
    const { onChange } = renderChooser(['seed', 'bbb222']);
    await user.click(screen.getByRole('checkbox', { name: 'Harbour bridge reopens (1 event)' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('checkbox', { name: 'Putin visits troops (10 events)' }));
    expect(onChange).toHaveBeenLastCalledWith(['bbb222']);
  });

  it('chooses all or none with its buttons', async () => {
    const user = userEvent.setup();
    const { onChange } = renderChooser(['seed']);
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('disables All when every article is chosen and None when none is', () => {
    renderChooser(['seed', 'aaa111', 'bbb222']);
    expect(screen.getByRole('button', { name: 'All' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'None' })).toBeEnabled();
  });
});
