// A credit in brackets at the end of a line: "(Source: Associated Press)", "(AP Photo/Efrem Lukatsky)". It is read
// from the line's last "(" with an anchored pattern, so a long line is scanned once.
const CREDIT = /^\((?:(?:source|photo|photograph|image|picture|credit|courtesy)\s*[:/]\s*([^\s()][^()]*)|(AP|Reuters|AFP|Getty Images|EPA)(?: Photo)?(?:\/[^()]*)?)\)$/i;
// Photo captions place people: "X, left, and Y shake hands", "(centre)", "pictured".
const PHOTO_DESCRIPTION = /,\s*(?:left|right|centre|center|second (?:from )?(?:left|right)|(?:in the )?(?:foreground|background)|top|bottom)\s*,|\((?:left|right|centre|center|L|R)\)|\bpictured\b/i;

/** The credit of a captioned photo ("Associated Press" from "(Source: Associated Press)"), if the line ends with one. */
export function readCredit(line: string): string | undefined {
  const m = findCredit(line)?.match;
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? '').trim() || undefined;
}

/** The credit suffix of a line and where it starts, or null. */
function findCredit(line: string): { index: number; match: RegExpExecArray } | null {
  const trimmed = line.trimEnd();
  const index = trimmed.lastIndexOf('(');
  if (index < 0) return null;
  const match = CREDIT.exec(trimmed.slice(index));
  return match ? { index, match } : null;
}

/** True when a line reads as a photo caption: it ends with a credit or describes who stands where. */
export function looksLikeCaption(line: string): boolean {
  return findCredit(line) !== null || PHOTO_DESCRIPTION.test(line);
}

/**
 * The text two printings of the same caption share: the credit suffix dropped and spaces collapsed, so
 * "X shake hands." and "X shake hands. (Source: AP)" are recognised as one caption.
 */
export function normaliseForRepeat(line: string): string {
  return line.slice(0, findCredit(line)?.index).replace(/\s+/g, ' ').trim().toLowerCase();
}
