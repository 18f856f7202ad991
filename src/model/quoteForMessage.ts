/** Longest stretch of outside text a message repeats: enough to recognise it, never enough to flood the page. */
export const MESSAGE_QUOTE_MAX_CHARS = 60;

/**
 * Outside text (a URL parameter, a value from a data file) quoted for a message: in JSON quotes, cut to
 * MESSAGE_QUOTE_MAX_CHARS characters with an ellipsis. A 100,000-character value must not become a 100,000-character alert.
 */
export function quoteForMessage(text: string, maxChars = MESSAGE_QUOTE_MAX_CHARS): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : text);
}
