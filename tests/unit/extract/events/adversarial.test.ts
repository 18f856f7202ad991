import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';
import { adversarialSentence, adversarialText } from './adversarialText';

// Hang guards, not benchmarks: the machine is shared (a load of 12 on 2 cores makes 1 MB take 17 s instead of
// 1.4 s), so the limits are generous; the real figures are printed by `npm run bench`. A regression to quadratic or
// exponential work blows through them by orders of magnitude (the old clause pattern: 114 s for one sentence).
const published = '2023-04-18';
const secondsOf = (run: () => unknown) => {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
};

describe('extractArticle on adversarial text never hangs', () => {
  it('extracts 1 MB of long run-on sentences, repeated dates and nested punctuation in under 60 s', () => {
    const text = adversarialText(7, 1_000_000);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(secondsOf(() => extractArticle(text, { published }))).toBeLessThan(60);
  }, 120_000);

  it('extracts each of 40 generated 2 kB sentences in under 5 s', () => {
    for (let seed = 100; seed < 140; seed++) {
      const sentence = adversarialSentence(seed, 2_000);
      expect([seed, secondsOf(() => extractArticle(sentence, { published })) < 5]).toEqual([seed, true]);
    }
  }, 60_000);

  it.each([
    ['May 5 ', 20_000], ['between 2020 and ', 10_000], ['two weeks ago ', 10_000], ['for 8-and-a-half months has been ', 5_000],
  ])('extracts "LONDON (AP) — " + %j repeated %i times in under 30 s', (piece, times) => {
    const text = `LONDON (AP) — ${piece.repeat(times)}`;
    expect(secondsOf(() => extractArticle(text, { published }))).toBeLessThan(30);
  }, 60_000);

  it('extracts an ordinary long sentence with a shared subject and many capitalised words at once', () => {
    const sentence = 'The Secretary of State of the United States of America and the Foreign Minister of the Kingdom of the '
      + 'Netherlands met the President of the Republic of Turkey in the capital on Sunday and will travel with the '
      + 'Prime Minister of the Hellenic Republic to the border region on Monday.';
    const text = `ANKARA, Turkey (AP) — ${sentence.repeat(20)}`;
    let file!: ReturnType<typeof extractArticle>;
    expect(secondsOf(() => (file = extractArticle(text, { published })))).toBeLessThan(10);
    expect(file.events.length).toBeGreaterThan(0);
  });
});
