const MAX_SLUG_CHARS = 60;

/**
 * Turns a title or file name into an id the data file accepts (lower-case letters, digits and dashes, starting
 * with a letter or digit). Accents are dropped rather than lost ("Kyiv's Zelenskyy" → "kyivs-zelenskyy").
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') // the run above leaves single dashes
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-$/, '');
  return slug === '' ? fallback : slug;
}
