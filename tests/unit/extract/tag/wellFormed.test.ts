import { describe, expect, it } from 'vitest';
import { isWellFormedTimexValue } from '../../../../src/extract/index';

describe('isWellFormedTimexValue', () => {
  it.each(['2023-04-18', '2022-09', '2022', '199', '19', 'P2M', 'P8.5M', 'PT24H', 'PXY', 'PRESENT_REF', 'PAST_REF',
    'FUTURE_REF', '1998-Q3', '2022-SU', '2023-04-18TMO', '2023-04-18T21:25', '2009-06-01T16:15Z', 'XXXX-04-16',
    'XXXX-XX-XX', '2023-W15', '2023-W15-WE', 'XXXX-WXX-5', '1999-H1'])('accepts %s', (value) => {
    expect(isWellFormedTimexValue(value)).toBe(true);
  });

  it.each(['', 'P', 'May', '2023-4-18', '2023-04-18T', 'P2', 'PRESENT', '20233', 'T21:25', '2023-Q5', 'P2M ', 'xxxx'])('rejects %j', (value) => {
    expect(isWellFormedTimexValue(value)).toBe(false);
  });
});
