import type { ClipChain } from './clip-chain';
import { visibleChildren } from './visible-children';

/** Tells the scanner which elements holding numbers are on screen (or about to be). */
export interface VisibilityWatch {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
  /** The rows of a long list on screen (or about to be), asked in every layout pass. */
  visibleRows(list: Element, clips: ClipChain): Iterable<Element>;
}

export type VisibilityWatchFactory = (
  doc: Document,
  onChange: (el: Element, visible: boolean) => void,
) => VisibilityWatch;

/**
 * Rows this far outside the viewport count as visible, so their buttons are placed before they
 * scroll in. It applies to the viewport only: inside an inner scroll container the element must
 * really be in view, which is also what hides buttons of numbers scrolled out of that container.
 */
export const ROW_MARGIN_PX = 200;
const MARGIN = `${ROW_MARGIN_PX}px 0px`;

/** Rows of long lists by position: a binary search, skipped for lists off screen. */
function rowsByPosition(list: Element, clips: ClipChain): Element[] {
  const box = list.getBoundingClientRect();
  const view = list.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  // A `display: contents` row group (CSS grid tables) has no box of its own; its rows do.
  const boxless = box.height === 0 && view?.getComputedStyle(list).display === 'contents';
  const offScreen = box.bottom < -ROW_MARGIN_PX || box.top > height + ROW_MARGIN_PX;
  if (!boxless && (box.height === 0 || offScreen)) return [];
  return visibleChildren(list, clips, ROW_MARGIN_PX);
}

/**
 * IntersectionObserver reports whether an element's box, clipped by its ancestors' overflow
 * and by the viewport, is non-empty, and tells us only when that changes. The browser
 * recomputes it for every target in every frame that scrolls, so it watches only numbers
 * outside long lists, which are few; rows of long lists are found by position instead.
 */
export const intersectionVisibility: VisibilityWatchFactory = (doc, onChange) => {
  const Observer = globalThis.IntersectionObserver;
  if (typeof Observer !== 'function') return everythingVisible(doc, onChange);
  const io = new Observer(
    (entries) => {
      for (const entry of entries) onChange(entry.target, entry.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  return {
    observe: (el) => io.observe(el),
    unobserve: (el) => io.unobserve(el),
    disconnect: () => io.disconnect(),
    visibleRows: rowsByPosition,
  };
};

/** For environments without layout (tests): every element counts as visible at once. */
export const everythingVisible: VisibilityWatchFactory = (_doc, onChange) => ({
  observe: (el) => onChange(el, true),
  unobserve() {},
  disconnect() {},
  visibleRows: (list) => Array.from(list.children),
});
