import type { Article } from '../model/dataFile';
import { formatTimeValue } from '../model/timeLabel';

/** The article's dateline in words: "18 April 2023, 9:25pm · World · Associated Press". */
export function Dateline({ article }: { article: Article }) {
  return (
    <p className="dateline">
      <time dateTime={article.published}>{formatTimeValue(article.published)}</time>
      {article.time && <span className="dateline-time">, {article.time}</span>}
      {article.section && <span className="dateline-section"> · {article.section}</span>}
      {article.credit && <span className="dateline-credit"> · {article.credit}</span>}
    </p>
  );
}
