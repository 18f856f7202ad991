import type { Mention, Paragraph } from '../../../../src/model/dataFile';

/** Hand-made mentions for a test paragraph: each quote is found in the text, so no offset is typed by hand. */
export function mentionsOf(paragraph: Paragraph, found: [quote: string, type: Mention['type'], value: string][], firstId = 1): Mention[] {
  let from = 0;
  return found.map(([quote, type, value], index) => {
    const start = paragraph.text.indexOf(quote, from);
    if (start < 0) throw new Error(`"${quote}" is not in ${paragraph.id}`);
    from = start + quote.length;
    return { id: `m${firstId + index}`, paragraph: paragraph.id, start, end: start + quote.length, text: quote, type, value, trace: [`"${quote}" → ${value}`] };
  });
}

export const body = (id: string, text: string): Paragraph => ({ id, kind: 'body', text });
