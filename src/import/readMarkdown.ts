import { marked, type Token } from 'marked';
import { composeArticle, type ImportedArticle } from './importedArticle';

/** The plain words of inline tokens: emphasis, links and code lose their markup, images their address. */
function plainText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens.map((token) => {
    if (token.type === 'image' || token.type === 'html') return '';
    if (token.type === 'br') return ' ';
    if ('tokens' in token && token.tokens) return plainText(token.tokens, token.raw);
    return 'text' in token ? String(token.text) : '';
  }).join('');
}

/** Reads Markdown with marked's lexer (nothing is rendered): the first heading is the headline, then each block a paragraph. */
export function readMarkdown(markdown: string, origin: string, fileName?: string): ImportedArticle {
  const blocks: { heading: boolean; text: string }[] = [];
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'heading' || token.type === 'paragraph') blocks.push({ heading: token.type === 'heading', text: plainText(token.tokens, token.raw) });
      else if (token.type === 'list') for (const item of token.items) walk(item.tokens);
      else if (token.type === 'blockquote') walk(token.tokens ?? []);
      else if (token.type === 'text') blocks.push({ heading: false, text: plainText(token.tokens, token.text) });
    }
  };
  walk(marked.lexer(markdown));
  const headingIndex = blocks.findIndex((b) => b.heading);
  const headline = headingIndex === 0 ? blocks[0]!.text : '';
  const body = (headingIndex === 0 ? blocks.slice(1) : blocks).map((b) => b.text);
  return composeArticle({ origin, format: 'markdown', ...(fileName ? { fileName } : {}) }, headline, body);
}
