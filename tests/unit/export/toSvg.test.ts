import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/exportFileName';
import { toSvg } from '../../../src/export/toSvg';
import { buildLighthouseFile } from '../../fixtures/dataFileBuilder';

describe('SVG export', () => {
  it('is a standalone drawing: title, one mark per dated event with its title, light colours inlined, no stylesheet', () => {
    const { svg, widthPx, heightPx } = toSvg(buildLighthouseFile());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([String(widthPx), String(heightPx)]);
    expect(doc.querySelector('title')?.textContent).toBe('Timeline: Harbour town reopens its old lighthouse');
    const marks = [...doc.querySelectorAll('g[data-event-id]')];
    expect(marks.map((m) => m.getAttribute('data-event-id')).sort()).toEqual(['festival', 'lamp-removed', 'reopening', 'restoration']);
    expect(marks.map((m) => m.querySelector('text')?.textContent).sort()).toEqual(['Lighthouse festival', 'Restoration of the lighthouse', 'The lamp is taken down', 'The lighthouse reopens']);
    expect(doc.querySelector('style')).toBeNull();
    expect(svg).not.toContain('var(--');
    expect(doc.querySelector('g[data-event-id="reopening"] path')?.getAttribute('fill')).toBe('#9a5200');
  });

  it('names files after the headline', () => {
    expect(exportFileName(buildLighthouseFile(), 'svg')).toBe('harbour-town-reopens-its-old-lighthouse.svg');
    expect(exportFileName(buildLighthouseFile(), 'timelinejs')).toBe('harbour-town-reopens-its-old-lighthouse.timelinejs.json');
  });
});
