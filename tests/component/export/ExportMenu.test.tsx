import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExportMenu } from '../../../src/export/ExportMenu';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

describe('ExportMenu', () => {
  it('lists every format when opened, and closes on Escape (focus back on the button) or a click elsewhere', async () => {
    render(<><ExportMenu file={buildLighthouseFile()} /><p>elsewhere</p></>);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('list', { name: 'Export formats' }).textContent).toBe(
      'Dateline data file (JSON)TimelineJS3 (JSON)Spreadsheet (CSV)Calendar (iCalendar)Image (SVG)Image (PNG)');
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByText('elsewhere'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
