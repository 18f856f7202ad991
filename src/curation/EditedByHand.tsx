import type { TimelineEvent } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';
import { getCategoryStyle } from '../timeline/categoryStyle';

/** Props of the list of hand-edited fields. */
export interface EditedByHandProps {
  event: TimelineEvent;
  extracted: TimelineEvent | undefined;
  published: string;
}

const quotesOf = (event: TimelineEvent) => event.sources.map((s) => `“${s.text}”`).join(' … ');

/** Which fields were edited by hand, each with the value the extractor had found. */
export function EditedByHand({ event, extracted, published }: EditedByHandProps) {
  if (!extracted) return null;
  const rows: [string, string][] = [];
  if (event.title !== extracted.title) rows.push(['Title', `“${extracted.title}”`]);
  if (event.category !== extracted.category) rows.push(['Category', getCategoryStyle(extracted.category).label]);
  if (event.edtf !== extracted.edtf || event.start !== extracted.start || event.end !== extracted.end) {
    rows.push(['Date', `${formatEventDate(extracted, published)} (${extracted.edtf})`]);
  }
  if (quotesOf(event) !== quotesOf(extracted)) rows.push(['Source', quotesOf(extracted)]);
  if (rows.length === 0) return null;
  return (
    <div className="edited-by-hand" data-testid="edited-by-hand">
      <p className="edited-by-hand-badge">Edited by hand</p>
      <ul>
        {rows.map(([field, value]) => (
          <li key={field}>{field} — extracted: {value}</li>
        ))}
      </ul>
    </div>
  );
}
