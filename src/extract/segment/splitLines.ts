/** One non-empty line of the source, verbatim, with where it starts in the source text. */
export interface SourceLine {
  text: string;
  /** Offset of the line's first character in the source text (mentions found in the whole text map back by it). */
  offset: number;
}

/**
 * Splits a source text into its non-empty lines. Only a trailing "\r" is removed, so every offset into a line is
 * also an offset into the source once `offset` is added; lines of whitespace alone count as empty.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') lines.push({ text: line, offset });
    offset += raw.length + 1;
  }
  return lines;
}
