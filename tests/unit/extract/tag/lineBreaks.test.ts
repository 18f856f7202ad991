import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/extract/index';

const tag = (text: string) => tagTimexes(text, { dct: '2023-04-18' }).map((t) => [t.start, t.end, t.text, t.value]);

describe('the tagger reads LF, CRLF and a bare CR as the same line break', () => {
  it('reads a 24-hour time on its own line after a bare CR, as after LF', () => {
    expect(tag('Storm warning\r15:40\rRain fell.')).toEqual([[14, 19, '15:40', '2023-04-18T15:40']]);
    expect(tag('Storm warning\n15:40\nRain fell.')).toEqual([[14, 19, '15:40', '2023-04-18T15:40']]);
    expect(tag('Storm warning\r\n15:40\r\nRain fell.')).toEqual([[15, 20, '15:40', '2023-04-18T15:40']]);
  });
});
