import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CategoryFilterContext } from '../../../src/curation/categoryFilter';
import { Legend } from '../../../src/timeline/Legend';

describe('Legend', () => {
  it('is a plain key without a filter', () => {
    render(<Legend />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toBe('BattleMilitaryVisitPoliticalHolidayOther');
  });

  it('with a filter, each category is a toggle: pressed while its events are shown', async () => {
    const toggle = vi.fn();
    render(
      <CategoryFilterContext.Provider value={{ hidden: new Set(['battle']), toggle }}>
        <Legend />
      </CategoryFilterContext.Provider>,
    );
    expect(screen.getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Battle', 'false'], ['Military', 'true'], ['Visit', 'true'], ['Political', 'true'], ['Holiday', 'true'], ['Other', 'true'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Visit' }));
    expect(toggle.mock.calls).toEqual([['visit']]);
  });
});
