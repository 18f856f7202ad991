import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extractArticle';
import { adversarialSentence, adversarialText } from './adversarialText';

// Hang guards, not benchmarks: the machine is shared, so the limits are seconds with wide headroom (the measured
// figures, ~1.4 s for 1 MB and ~13 ms for the worst 2 kB sentence, are printed by `npm run bench`). A regression to
// quadratic or exponential work blows through them by orders of magnitude.
const published = '2023-04-18';
const secondsOf = (run: () => unknown) => {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
};

describe('extractArticle on adversarial text never hangs', () => {
  it('extracts 1 MB of long run-on sentences, repeated dates and nested punctuation in under 10 s', () => {
    const text = adversarialText(7, 1_000_000);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(secondsOf(() => extractArticle(text, { published }))).toBeLessThan(10);
  });

  it('extracts each of 40 generated 2 kB sentences in under 2 s', () => {
    for (let seed = 100; seed < 140; seed++) {
      const sentence = adversarialSentence(seed, 2_000);
      expect([seed, secondsOf(() => extractArticle(sentence, { published })) < 2]).toEqual([seed, true]);
    }
  });

  it.each([
    ['May 5 ', 20_000], ['between 2020 and ', 10_000], ['two weeks ago ', 10_000], ['for 8-and-a-half months has been ', 5_000],
  ])('extracts "LONDON (AP) — " + %j repeated %i times in under 10 s', (piece, times) => {
    const text = `LONDON (AP) — ${piece.repeat(times)}`;
    expect(secondsOf(() => extractArticle(text, { published }))).toBeLessThan(10);
  });

  it('extracts an ordinary long sentence with a shared subject and many capitalised words at once', () => {
    const sentence = 'The Secretary of State of the United States of America and the Foreign Minister of the Kingdom of the '
      + 'Netherlands met the President of the Republic of Turkey in the capital on Sunday and will travel with the '
      + 'Prime Minister of the Hellenic Republic to the border region on Monday.';
    const text = `ANKARA, Turkey (AP) — ${sentence.repeat(20)}`;
    let file!: ReturnType<typeof extractArticle>;
    expect(secondsOf(() => (file = extractArticle(text, { published })))).toBeLessThan(5);
    expect(file.events.length).toBeGreaterThan(0);
  });
});
