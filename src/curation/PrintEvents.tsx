import type { DataFile } from '../model/dataFile';
import { formatEventDate } from '../model/timeLabel';
import { getCategoryStyle } from '../timeline/categoryStyle';
import { placeEvents } from '../timeline/placeEvents';
import { usePrinting } from './usePrinting';

/** The events as a table, shown only when printing (after the article): date, event, category, source words. */
export function PrintEvents({ file }: { file: DataFile }) {
  // Built when printing starts: at 10,000 events the table would cost a quarter-second at load and on every click.
  if (!usePrinting()) return null;
  return <PrintTable file={file} />;
}

function PrintTable({ file }: { file: DataFile }) {
  const { placed, unplaced } = placeEvents(file.events, file.article.published);
  const ordered = [...placed.map((p) => p.event), ...unplaced];
  return (
    <section className="print-events" aria-label="Events for print">
      <h2>Events</h2>
      <table>
        <thead>
          <tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Category</th><th scope="col">Source</th></tr>
        </thead>
        <tbody>
          {ordered.map((event) => (
            <tr key={event.id}>
              <td>{formatEventDate(event, file.article.published)}</td>
              <td>{event.title}</td>
              <td>{getCategoryStyle(event.category).label}</td>
              <td>{event.sources.map((s) => `“${s.text}”`).join(' … ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
