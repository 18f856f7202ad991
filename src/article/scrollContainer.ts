/** The box a paragraph is read in: its top and bottom on screen, in px. */
interface View {
  top: number;
  bottom: number;
}

/**
 * The element that scrolls the article: the pane itself when it has its own scroll box (every normal layout),
 * otherwise the page (short screens, where the page scrolls under a sticky timeline).
 */
export function findScrollContainer(pane: HTMLElement): HTMLElement {
  if (/auto|scroll/.test(getComputedStyle(pane).overflowY)) return pane;
  const document = pane.ownerDocument;
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** Where the container shows its content; the page's view starts below its scroll padding (the sticky timeline). */
function readView(container: HTMLElement): View {
  const document = container.ownerDocument;
  if (container === document.scrollingElement || container === document.documentElement) {
    const paddingTop = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    return { top: paddingTop, bottom: document.defaultView?.innerHeight ?? container.clientHeight };
  }
  const box = container.getBoundingClientRect();
  return { top: box.top, bottom: box.bottom };
}

/** Already readable: wholly inside the view, or (when taller than it) filling it. */
export function isReadable(target: Element, container: HTMLElement): boolean {
  const box = target.getBoundingClientRect();
  const view = readView(container);
  const inside = box.top >= view.top && box.bottom <= view.bottom;
  const filling = box.top <= view.top && box.bottom >= view.bottom;
  return inside || filling;
}

/**
 * Scrolls only the container (never the page around it, unlike scrollIntoView) so the target sits in the middle of
 * the view, or at its top when it is taller than the view.
 */
export function scrollToCentre(target: Element, container: HTMLElement, behavior: ScrollBehavior): void {
  const box = target.getBoundingClientRect();
  const view = readView(container);
  const viewHeightPx = view.bottom - view.top;
  const offsetPx = box.height < viewHeightPx ? (viewHeightPx - box.height) / 2 : 0;
  const top = container.scrollTop + box.top - view.top - offsetPx;
  container.scrollTo({ top: Math.max(0, top), behavior });
}
