import { memo, useMemo } from 'react';
import type { Mention as MentionData, Paragraph as ParagraphData } from '../model/dataFile';
import { Mention, type MentionTarget } from './Mention';
import { splitParagraph, type HighlightRange, type InlinePiece } from './splitParagraph';

/** Props of one line of the article. */
export interface ParagraphProps {
  paragraph: ParagraphData;
  /** The headline renders as the page's h1; every other line as a paragraph. */
  as?: 'h1' | 'p';
  /** The mentions inside this paragraph. */
  mentions: readonly MentionData[];
  mentionTargets: ReadonlyMap<string, MentionTarget>;
  /** The selected event's source words in this paragraph. */
  highlights: readonly HighlightRange[];
  /** Holds the selected event's (first) source. */
  isCurrent: boolean;
  onSelect: (eventId: string) => void;
}

/**
 * One line of the article with its mentions as buttons and the selected event's source words marked.
 * Text is only ever rendered as React text nodes, so markup in the source shows literally.
 */
export const Paragraph = memo(function Paragraph({ paragraph, as: Tag = 'p', mentions, mentionTargets, highlights, isCurrent, onSelect }: ParagraphProps) {
  const pieces = useMemo(() => splitParagraph(paragraph.text, mentions, highlights), [paragraph.text, mentions, highlights]);

  const renderInline = (piece: InlinePiece, key: number) =>
    piece.kind === 'text' ? (
      piece.text
    ) : (
      <Mention
        key={key}
        mentionId={piece.mentionId}
        text={piece.text}
        target={mentionTargets.get(piece.mentionId) ?? null}
        continued={piece.continued}
        onSelect={onSelect}
      />
    );

  return (
    <Tag
      id={`para-${paragraph.id}`}
      data-paragraph-id={paragraph.id}
      className={`paragraph paragraph-${paragraph.kind}`}
      aria-current={isCurrent ? 'true' : undefined}
    >
      {pieces.map((piece, key) =>
        piece.kind === 'highlight' ? (
          // Only the first source carries the contract's test id, so it stays unique on the page.
          <mark key={key} className="source-highlight" data-testid={piece.index === 0 ? 'source-highlight' : 'source-highlight-more'}>
            {piece.children.map(renderInline)}
          </mark>
        ) : (
          renderInline(piece, key)
        ),
      )}
    </Tag>
  );
});
