import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/export/toCsv';
import { buildDataFile, buildLighthouseFile, LIGHTHOUSE } from '../../fixtures/dataFileBuilder';

describe('CSV export', () => {
  it('has the documented columns and one row per event, read back by d3-dsv', () => {
    const rows = csvParse(toCsv(buildLighthouseFile()));
    expect(rows.columns).toEqual(['id', 'title', 'start', 'end', 'edtf', 'precision', 'category', 'quote', 'paragraph']);
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { id: 'reopening', title: 'The lighthouse reopens', start: '2021-06-10', end: '', edtf: '2021-06-10', precision: 'day', category: 'political', quote: 'The lighthouse reopened today', paragraph: 'p5' },
      { id: 'lamp-removed', title: 'The lamp is taken down', start: '2018-03', end: '', edtf: '2018-03', precision: 'month', category: 'other', quote: 'the lamp was taken down for repair', paragraph: 'p6' },
      { id: 'restoration', title: 'Restoration of the lighthouse', start: '2018-03', end: '2021-06-10', edtf: '2018-03/2021-06-10', precision: 'month', category: 'military', quote: 'Work began in March 2018 … a three-year restoration', paragraph: 'p6 p5' },
      { id: 'festival', title: 'Lighthouse festival', start: '2022-SU', end: '', edtf: '2022-SU', precision: 'season', category: 'holiday', quote: 'A festival is planned for next summer', paragraph: 'p7' },
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and ends every record with CRLF', () => {
    const file = buildDataFile({
      ...LIGHTHOUSE,
      events: [{ ...LIGHTHOUSE.events![0]!, title: 'He said "no",\nthen left' }],
    });
    const csv = toCsv(file);
    expect(csv.split('\r\n')[1]).toBe('reopening,"He said ""no"",\nthen left",2021-06-10,,2021-06-10,day,political,The lighthouse reopened today,p5');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvParse(csv)[0]!.title).toBe('He said "no",\nthen left');
  });
});
