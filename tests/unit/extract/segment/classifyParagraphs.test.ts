import { describe, expect, it } from 'vitest';
import { readCredit, looksLikeCaption, normaliseForRepeat } from '../../../../src/extract/segment/captions';
import { classifyParagraphs } from '../../../../src/extract/segment/classifyParagraphs';

describe('classifyParagraphs', () => {
  it('classifies a stamp, a headline, a byline, a photo caption and body lines', () => {
    expect(classifyParagraphs([
      'Published 12 May 2024',
      'Storm closes the harbour',
      'By Ana María López',
      'Rescue workers, right, carry a boat through the flooded street (AP Photo/Jo Kim)',
      'The storm reached the coast on Sunday.',
      'Officials said the harbour would reopen.',
    ]).map((c) => c.kind)).toEqual(['dateline', 'headline', 'dateline', 'caption', 'body', 'body']);
  });

  it('treats a short line printed twice as a caption and links the second to the first', () => {
    expect(classifyParagraphs(['Headline here', 'Jane Doe, mayor of Town.', 'Body sentence one.', 'Jane Doe, mayor of Town.'])).toEqual([
      { kind: 'headline' },
      { kind: 'caption' },
      { kind: 'body' },
      { kind: 'caption', repeatOfIndex: 1 },
    ]);
  });

  it('links a caption printed again with its credit to the first printing', () => {
    const classes = classifyParagraphs(['Title', 'A man waves.', 'A man waves. (Source: Reuters)']);
    expect(classes[2]).toEqual({ kind: 'caption', repeatOfIndex: 1 });
  });
});

describe('captions', () => {
  it('reads the credit of "(Source: Associated Press)"', () => {
    expect(readCredit('X shakes hands. (Source: Associated Press)')).toBe('Associated Press');
  });

  it('reads the agency of "(AP Photo/Efrem Lukatsky)"', () => {
    expect(readCredit('Smoke rises (AP Photo/Efrem Lukatsky)')).toBe('AP');
  });

  it('normalises two printings of one caption to the same key', () => {
    expect(normaliseForRepeat('A  man waves. (Photo: Jo)')).toBe(normaliseForRepeat('A man waves.'));
  });
});

describe('classifyParagraphs negative cases', () => {
  it('does not take a body sentence that mentions "left" for a caption', () => {
    expect(looksLikeCaption('Most residents left the town in March, officials said.')).toBe(false);
  });

  it('does not call a one-word line printed twice a caption', () => {
    expect(classifyParagraphs(['Advertisement', 'Body one.', 'Advertisement']).map((c) => c.kind)).toEqual(['headline', 'body', 'body']);
  });

  it('allows only one headline', () => {
    expect(classifyParagraphs(['First title', 'Second short line']).map((c) => c.kind)).toEqual(['headline', 'body']);
  });

  it('finds no credit in a line without one', () => {
    expect(readCredit('The source said (in private) it was over')).toBeUndefined();
  });
});
