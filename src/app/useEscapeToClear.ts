import { useEffect } from 'react';

// In a text field Escape belongs to the field (many browsers clear a search box with it).
const isEditing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Escape clears the selection from anywhere on the page, not only from a timeline mark. A control that uses
 * Escape itself (a menu, a text field being edited) calls preventDefault and keeps it.
 */
export function useEscapeToClear(hasSelection: boolean, select: (eventId: string | null) => void): void {
  useEffect(() => {
    if (!hasSelection) return undefined;
    const clear = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditing(event.target)) return;
      select(null);
    };
    document.addEventListener('keydown', clear);
    return () => document.removeEventListener('keydown', clear);
  }, [hasSelection, select]);
}
