import type { MouseEvent } from 'react';

/**
 * "Skip to article". It moves focus by script: following `#article` would replace the `#event=` hash
 * and with it the selection.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to article
    </a>
  );
}
