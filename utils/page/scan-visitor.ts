import type { MatchCache } from './match-cache';
import { hasEnoughDigits } from './match-cache';
import type { NumberPlace, NumberStore } from './number-states';
import type { PageDocuments } from './page-documents';
import { hasChildrenAtLeast, type WalkVisitor } from './scan-walk';
import { elementOf, isSkippedElement, isTelLink } from './skip-rules';
import { contextFor, type HeaderCache } from './text-context';
import { MANY_CHILDREN, rowOf } from './visible-children';

export interface ScanVisitorDeps {
  store: NumberStore;
  cache: MatchCache;
  documents: PageDocuments;
  /** This slice's column headers. */
  headers(): HeaderCache;
  /** Whether the walk in progress is one of the visible rows (its shadow roots go with it). */
  urgent(): boolean;
  /** A long list or table body met by a full walk: its rows on screen go first. */
  prioritise(list: Element): void;
}

/** What a walk does at each node: the skip rules, links, shadow roots, frames and searching. */
export function createScanVisitor(deps: ScanVisitorDeps): WalkVisitor & {
  visitText(node: Text): boolean;
} {
  const { store, documents } = deps;

  /** Where a number is drawn, and the row of a long list it is in, if any. */
  function placeOf(node: Node): NumberPlace | null {
    const view = documents.viewOf(node);
    const target = elementOf(node);
    return view && target ? { view, target, row: rowOf(target, view) } : null;
  }

  /**
   * Searches a text node unless it was searched with this very text, in this element. True
   * when that took a real search (not a cache hit), so the walk checks its time.
   */
  function visitText(node: Text): boolean {
    const data = node.data;
    // Most text (names, whitespace, dates like 3/4) stops here, before any lookup or context.
    if (!hasEnoughDigits(data)) {
      const known = store.get(node);
      if (known) store.drop(known);
      return false;
    }
    const known = store.get(node);
    if (store.isCurrent(node, data) && (!known || known.target === elementOf(node))) return false;
    const where = placeOf(node);
    if (!where) return false;
    const searches = deps.cache.calls;
    store.put(node, data, deps.cache.find(data, contextFor(node, deps.headers())), where, false);
    return deps.cache.calls !== searches;
  }

  /** A `tel:` link is one number, its text included; false when its href is no number. */
  function visitLink(link: Element): boolean {
    const href = link.getAttribute('href') ?? '';
    if (store.isCurrent(link, href)) return store.get(link) !== undefined;
    const where = placeOf(link);
    if (!where) return false;
    const match = deps.cache.tel(href);
    store.put(link, href, match ? [match] : [], where, true);
    return match !== null;
  }

  return {
    visitText,
    text: visitText,
    element(el) {
      if (el.localName === 'iframe' || el.localName === 'frame') {
        documents.attachFrame(el);
        return false;
      }
      if (isSkippedElement(el)) return false;
      // Only links are kept by element: other elements need no lookup.
      if (el.localName === 'a') {
        if (isTelLink(el)) {
          if (visitLink(el)) return false;
        } else {
          // Was a tel: link until its href changed.
          const stale = store.get(el);
          if (stale) store.drop(stale);
        }
      }
      const shadow = el.shadowRoot;
      if (shadow) documents.attachShadowRoot(shadow, deps.urgent());
      // Counted only up to the limit: a 20,000-row body is counted once anyway, when its rows
      // on screen are looked for (visibleChildren), and each full count costs 4-15 ms.
      if (!deps.urgent() && hasChildrenAtLeast(el, MANY_CHILDREN)) deps.prioritise(el);
      return true;
    },
  };
}
