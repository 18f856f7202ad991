import { parseIsoDay } from './calendar';
import { quoteForMessage } from './quoteForMessage';
import { parseTimeValue } from './timeValue';

/** A problem with one date of a data file, at its path. */
export interface DateIssue {
  path: (string | number)[];
  message: string;
}

/** What a data file must hold for its dates to be checked; the schema has already checked the shapes. */
interface DatedFile {
  article: { published: string };
  mentions: { type: string; value: string }[];
  events: { start: string; end?: string; edtf: string }[];
}

const quote = (value: string) => quoteForMessage(value);
const beforeYearOne = (value: string) => `${quote(value)} is a year before 1 CE: dates before the year 0000 are not supported`;
const notReal = (value: string) => `${quote(value)} is not a real calendar date`;

/** Why a TimeML value is not a date that can be placed, or null when it is one (or names no date: P2M, XXXX-05, PAST_REF). */
export function findTimeValueProblem(value: string): string | null {
  if (/^[+-]\d/.test(value)) return beforeYearOne(value);
  // Values with X are partly unknown on purpose ("1999-XX"); any other value that starts like a date must be a real one.
  if (/^\d/.test(value) && !value.includes('X') && !parseTimeValue(value)) return notReal(value);
  return null;
}

// EDTF months 21–24 are seasons, 33–36 quarters, 40–41 halves (level 2 sub-year groupings).
const isEdtfMonth = (m: number) => (m >= 1 && m <= 12) || (m >= 21 && m <= 24) || (m >= 33 && m <= 36) || m === 40 || m === 41;

/** Why an EDTF string holds a date that does not exist, or null. Only the dates are checked, not the EDTF grammar. */
export function findEdtfProblem(edtf: string): string | null {
  for (const part of edtf.split(/\/|\.\.|,/)) {
    const date = part.replace(/[~?%[\]{}]/g, '');
    if (/^-\d/.test(date)) return beforeYearOne(date);
    if (/^\d{4}-\d{2}-\d{2}/.test(date) && !parseIsoDay(date)) return notReal(date);
    const month = /^\d{4}-(\d{2})$/.exec(date);
    if (month && !isEdtfMonth(Number(month[1]))) return notReal(date);
  }
  return null;
}

/**
 * Every date of a data file that does not exist ("2023-99-99"), lies before year 0000, or ends a range before it
 * starts. Each issue names its path, so the reader knows which field to fix.
 */
export function findDateIssues(file: DatedFile): DateIssue[] {
  const issues: DateIssue[] = [];
  const { published } = file.article;
  if (!parseIsoDay(published)) issues.push({ path: ['article', 'published'], message: notReal(published) });
  file.mentions.forEach((mention, i) => {
    if (mention.type !== 'DATE' && mention.type !== 'TIME') return;
    const problem = findTimeValueProblem(mention.value);
    if (problem) issues.push({ path: ['mentions', i, 'value'], message: problem });
  });
  file.events.forEach((event, i) => {
    const startProblem = findTimeValueProblem(event.start);
    if (startProblem) issues.push({ path: ['events', i, 'start'], message: startProblem });
    const endProblem = event.end === undefined ? null : findTimeValueProblem(event.end);
    if (endProblem) issues.push({ path: ['events', i, 'end'], message: endProblem });
    const edtfProblem = findEdtfProblem(event.edtf);
    if (edtfProblem) issues.push({ path: ['events', i, 'edtf'], message: edtfProblem });
    if (startProblem || endProblem || event.end === undefined) return;
    const start = parseTimeValue(event.start, published);
    const end = parseTimeValue(event.end, published);
    if (start && end && end.endMs <= start.startMs) {
      issues.push({ path: ['events', i, 'end'], message: `the range ends (${quote(event.end)}) before it starts (${quote(event.start)})` });
    }
  });
  return issues;
}
