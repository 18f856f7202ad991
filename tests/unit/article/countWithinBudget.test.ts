import { describe, expect, it } from 'vitest';
import { countWithinBudget } from '../../../src/article/useProgressiveCount';

const paragraphs = (...lengths: number[]) => lengths.map((n) => ({ text: 'x'.repeat(n) }));

describe('countWithinBudget (how many paragraphs one batch of the article pane draws)', () => {
  it('takes paragraphs while their text fits the budget', () => {
    expect(countWithinBudget(paragraphs(300, 300, 300, 300), 0, 900)).toBe(3);
  });

  it('starts where the last batch stopped', () => {
    expect(countWithinBudget(paragraphs(300, 300, 300, 300), 2, 900)).toBe(2);
  });

  it('always takes at least one paragraph, however long, so the article is drawn to its end', () => {
    expect(countWithinBudget(paragraphs(50_000, 10), 0, 900)).toBe(1);
  });

  it('takes nothing past the end', () => {
    expect(countWithinBudget(paragraphs(10), 1, 900)).toBe(0);
  });
});
