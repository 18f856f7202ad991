const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references TimelineJS text uses (&amp; &#8217; &#x2014; …). */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: tags dropped, references decoded, white space collapsed. Never parsed as markup. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The texts of the top-level <blockquote>s of a fragment (how Dateline writes source words), or null when it has none. */
export function readBlockquotes(html: string): string[] | null {
  const quotes = [...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi)].map((m) => htmlToText(m[1]!)).filter(Boolean);
  return quotes.length > 0 ? quotes : null;
}
