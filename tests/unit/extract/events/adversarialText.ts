/**
 * Generated hostile text for the hang guards and the bench: long run-on sentences, one word or one date repeated
 * thousands of times, nested brackets and quotes, commas without end. Deterministic (a fixed linear congruential
 * generator), so a failure is reproducible.
 */
const PIECES = [
  'May 5 ', 'between 2020 and ', 'two weeks ago ', 'for 8-and-a-half months has been ', 'last ', 'the the the ',
  ', which , who , and the ', '((((["“', '”"]))))', 'was was had been ', 'Putin Putin Putin ', 'on Monday, ', '— ', ';: ',
  'after a magnitude 7.8 earthquake struck the region on Feb. 6 ', 'and will and would and ', '15:00 GMT Saturday ', '2009-2010 ',
];

function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One sentence of about `chars` characters: a piece repeated, or a random mix of pieces, without a full stop. */
export function adversarialSentence(seed: number, chars: number): string {
  const random = makeRandom(seed);
  const single = random() < 0.5;
  const first = PIECES[Math.floor(random() * PIECES.length)]!;
  let out = 'LONDON (AP) — ';
  while (out.length < chars) out += single ? first : PIECES[Math.floor(random() * PIECES.length)]!;
  return out;
}

/** About `bytes` characters of adversarial paragraphs, each one long sentence. */
export function adversarialText(seed: number, bytes: number, sentenceChars = 20_000): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = adversarialSentence(seed + i, sentenceChars);
    paragraphs.push(sentence);
    size += sentence.length + 1;
  }
  return paragraphs.join('\n');
}
