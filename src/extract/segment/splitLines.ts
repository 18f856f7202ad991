/** One non-empty line of the source, verbatim, with where it starts in the source text. */
export interface SourceLine {
  text: string;
  /** Offset of the line's first character in the source text (mentions found in the whole text map back by it). */
  offset: number;
}

// LF (Unix), CRLF (Windows) and a bare CR (classic Mac OS) all end a line.
const LINE_BREAK = /\r\n?|\n/g;

/**
 * Splits a source text into its non-empty lines at LF, CRLF or a bare CR. The break itself is left out of the line,
 * so every offset into a line is also an offset into the source once `offset` is added; lines of whitespace alone
 * count as empty.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  const push = (end: number) => {
    const line = text.slice(offset, end);
    if (line.trim() !== '') lines.push({ text: line, offset });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    offset = match.index + match[0].length;
  }
  push(text.length);
  return lines;
}
