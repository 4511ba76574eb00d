import { CALL_BUTTON_CSS } from './call-button';
import { compareComposed } from './dom-order';
import { findUiRoot, mountUiRoot, revealUiRoot } from './mount-ui-root';

interface Entry {
  button: HTMLButtonElement;
  /** The page node the button belongs to and the number's index in it: breaks ties. */
  node: Node;
  index: number;
  /** Where the button was first shown, in document coordinates: its reading-order key. */
  x: number;
  y: number;
  removed?: boolean;
}

/**
 * All call buttons of one document, in one absolutely positioned layer inside the extension's
 * UI host. Same-origin frames get their own layer in their own document, since a number's
 * rects are in its own document's viewport.
 */
export interface ButtonLayer {
  readonly doc: Document;
  readonly host: HTMLElement;
  /**
   * Viewport position of the layer's (0, 0); a layout read, done once per pass. A host still
   * hidden gets its box first: a hidden layer has no position.
   */
  origin(): { x: number; y: number };
  /** Adds a button in reading order; a button not placed yet goes last. */
  insert(button: HTMLButtonElement, node: Node, index: number, x?: number, y?: number): void;
  /** A button shown for the first time: it takes its place in reading order. */
  placed(button: HTMLButtonElement, x: number, y: number): void;
  /** The layer element, e.g. for the scheduler's layout probe. */
  readonly element: HTMLElement;
  remove(button: HTMLButtonElement): void;
  readonly size: number;
  destroy(): void;
}

/**
 * Reading order: top to bottom, then left to right, where each button was first shown, then
 * page order. Page order alone (compareDocumentPosition) walks the siblings between two rows,
 * which in a 20,000-row table is too slow for every button that scrolls into view; and keys
 * that followed the buttons as they move would reshuffle the layer on every scroll. A key
 * fixed once keeps Tab order stable and a focused button in place.
 */
function compareEntries(a: Entry, b: Entry): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.x !== b.x) return a.x - b.x;
  return a.node === b.node ? a.index - b.index : compareComposed(a.node, b.node);
}

/**
 * Our styles (the call buttons', and `extra`) as a constructed sheet: a page whose
 * Content-Security-Policy forbids inline styles blocks a `<style>` element (and reports the
 * violation to the CRM), but not a sheet built through the CSSOM, nor the inline transforms set
 * the same way. `<style>` remains for browsers that cannot adopt sheets. Returns how to take
 * them out again.
 */
export function addStyles(doc: Document, shadow: ShadowRoot, extra = ''): () => void {
  const css = CALL_BUTTON_CSS + extra;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && Array.isArray(shadow.adoptedStyleSheets)) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return () => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // A sheet from another realm refused: fall back to an element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return () => style.remove();
}

/**
 * `ui` is the host the content script already mounted (shared with other UI such as the docked
 * widget): the layer never removes a host it did not create, and removes one it did create only
 * when nothing else lives in it.
 */
export function createButtonLayer(
  doc: Document,
  ui?: { host: HTMLElement; shadow: ShadowRoot },
): ButtonLayer {
  const hadHost = ui !== undefined || findUiRoot(doc) !== null;
  const { host, shadow } = ui ?? mountUiRoot(doc);
  // The layer the pool script made at document_start, styles and spares included.
  const pooled = shadow.querySelector<HTMLElement>('.call-buttons');
  const removeStyles = pooled ? () => {} : addStyles(doc, shadow);
  const layer = pooled ?? doc.createElement('div');
  layer.className = 'call-buttons';
  if (!pooled) shadow.append(layer);
  let entries: Entry[] = [];
  const byButton = new Map<HTMLButtonElement, Entry>();
  let removed = 0;

  function compact(): void {
    // Removals only flag entries (a re-rendered table drops thousands at once); flagged entries
    // keep their keys, so the list stays sorted, and it is compacted once they are the many.
    if (removed < 256 || removed * 2 < entries.length) return;
    entries = entries.filter((e) => !e.removed);
    removed = 0;
  }

  function add(entry: Entry): void {
    compact();
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = entries[mid];
      if (other && compareEntries(other, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    let next = lo;
    while (entries[next]?.removed) next++;
    const ref = entries[next]?.button ?? null;
    // A spare taken from the pool is often in its place already: moving it would repaint.
    // The next button in use, past spares and the probe (neither can be focused).
    let sib = entry.button.nextElementSibling as HTMLElement | null;
    while (sib && sib.tabIndex < 0) sib = sib.nextElementSibling as HTMLElement | null;
    if (entry.button.parentNode !== layer || sib !== ref) layer.insertBefore(entry.button, ref);
    entries.splice(lo, 0, entry);
    byButton.set(entry.button, entry);
  }

  return {
    doc,
    host,
    origin() {
      revealUiRoot(host);
      const rect = layer.getBoundingClientRect();
      return { x: rect.left, y: rect.top };
    },
    element: layer,
    insert(button, node, index, x = Infinity, y = Infinity) {
      add({ button, node, index, x, y });
    },
    placed(button, x, y) {
      const entry = byButton.get(button);
      // Only a button created while its number was covered has no key yet; it is hidden.
      if (!entry || entry.y !== Infinity) return;
      entry.removed = true;
      removed++;
      add({ ...entry, removed: false, x, y });
    },
    remove(button) {
      const entry = byButton.get(button);
      if (entry) {
        entry.removed = true;
        byButton.delete(button);
        removed++;
      }
      button.remove();
    },
    get size() {
      return byButton.size;
    },
    destroy() {
      entries = [];
      byButton.clear();
      layer.remove();
      removeStyles();
      if (!hadHost && shadow.childElementCount === 0) host.remove();
    },
  };
}
