import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../../src/model/calendar';
import { computeOrthodoxEaster, computeWesternEaster } from '../../../../src/extract/tag/easter';

describe('Easter computus', () => {
  it.each([[2023, '2023-04-16'], [2022, '2022-04-24'], [2021, '2021-05-02'], [2024, '2024-05-05'], [2010, '2010-04-04'], [1990, '1990-04-15']])(
    'puts Orthodox Easter %i on %s (Julian computus shifted to the Gregorian calendar)', (year, day) => {
      expect(formatDay(computeOrthodoxEaster(year))).toBe(day);
    });

  it.each([[2023, '2023-04-09'], [2024, '2024-03-31'], [2000, '2000-04-23'], [1998, '1998-04-12'], [2285, '2285-03-22']])(
    'puts Western Easter %i on %s', (year, day) => {
      expect(formatDay(computeWesternEaster(year))).toBe(day);
    });
});
