import { useEffect, useState } from 'react';
import type { Span } from '../model/dataFile';
import { readArticleSelection } from './readArticleSelection';

/**
 * The last words selected in the article. Kept while focus moves to a button or a form (that moves the selection
 * away from the article), cleared when the reader clicks elsewhere in the article.
 */
export function useArticleSelection(): [Span | null, () => void] {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const article = document.getElementById('article');
      if (!selection || !article) return;
      const read = readArticleSelection(selection, article);
      if (read) setSpan((was) => (was && was.paragraph === read.paragraph && was.start === read.start && was.end === read.end ? was : read));
      else if (selection.isCollapsed && selection.anchorNode && article.contains(selection.anchorNode)) setSpan(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  return [span, () => setSpan(null)];
}
