/** The calendar day of an ISO-style date or date-time as written ("2023-04-18T21:25:00+03:00" → "2023-04-18"). */
export function toIsoDay(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : undefined;
}

function findJsonLdDate(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(findJsonLdDate).find(Boolean);
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findJsonLdDate(record['@graph']);
}

function readJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findJsonLdDate(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common on real pages; the next source may still say.
    }
  }
  return undefined;
}

// Most specific first: the publisher's own Open Graph field, then structured data, then the first <time>.
const SOURCES: readonly ((doc: Document) => string | null | undefined)[] = [
  (doc) => doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')?.getAttribute('content'),
  readJsonLd,
  (doc) => doc.querySelector('time[datetime]')?.getAttribute('datetime'),
];

/** The page's publication day from its metadata (article:published_time, JSON-LD datePublished, <time datetime>). */
export function readPublishedDate(doc: Document): string | undefined {
  for (const source of SOURCES) {
    const day = toIsoDay(source(doc));
    if (day) return day;
  }
  return undefined;
}
