import { describe, expect, it } from 'vitest';
import { areTitlesSimilar, computeDice, readContentStems, stemWord } from '../../../src/model/titleSimilarity';

describe('stemWord brings the forms of a headline word together', () => {
  it.each([
    ['visits', 'visit'], ['visited', 'visit'], ['visiting', 'visit'], ['troops', 'troop'],
    ['cities', 'city'], ['votes', 'vot'], ['voted', 'vot'], ['vote', 'vot'], ['bridge', 'bridg'],
    ['press', 'press'], ['bed', 'bed'], ['us', 'us'], ['2022', '2022'],
  ])('stems "%s" to "%s"', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('readContentStems keeps the content words of a title, once each', () => {
  it('drops function words, case and possessives', () => {
    expect(readContentStems("Putin's visit to the troops in Kherson")).toEqual(['putin', 'visit', 'troop', 'kherson']);
  });
  it('reads the same words from different forms', () => {
    expect(readContentStems('Bridge reopened; bridges reopen')).toEqual(['bridg', 'reopen']);
  });
  it('finds no content in a title of function words', () => {
    expect(readContentStems('It was in the')).toEqual([]);
  });
});

describe('computeDice', () => {
  it('is twice the shared count over the two sizes', () => {
    expect(computeDice(2, 2, 3)).toBe(0.8);
    expect(computeDice(2, 3, 3)).toBeCloseTo(0.6667, 4);
    expect(computeDice(0, 0, 0)).toBe(0);
  });
});

describe('areTitlesSimilar', () => {
  it.each([
    ['Bridge reopens', 'Bridge reopened to traffic'],
    ['Putin visits troops in Kherson', 'Putin visited Russian troops in Kherson'],
    ['Council votes on new toll', 'Council voted on the toll'],
    ['Election', 'The election'],
  ])('takes "%s" and "%s" for the same happening', (a, b) => {
    expect(areTitlesSimilar(a, b)).toBe(true);
  });

  it.each([
    // One content word of three changed: 0.67, just under the threshold.
    ['Council votes on toll', 'Council votes on budget'],
    ['Bridge reopens', 'Bridge closes'],
    ['Putin visits troops', 'Zelensky visits troops in Bakhmut'],
    ['In the', 'On the'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(areTitlesSimilar(a, b)).toBe(false);
  });
});
