import type { MatchCache } from './match-cache';
import { hasEnoughDigits } from './match-cache';
import type { NumberPlace, NumberStore } from './number-states';
import type { PageDocuments } from './page-documents';
import type { ParseTel } from './phone-match';
import type { WalkVisitor } from './scan-walk';
import { elementOf, isSkippedElement, isTelLink } from './skip-rules';
import { contextFor, type HeaderCache } from './text-context';
import { MANY_CHILDREN, rowOf } from './visible-children';

export interface ScanVisitorDeps {
  store: NumberStore;
  cache: MatchCache;
  documents: PageDocuments;
  parseTel: ParseTel;
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

  /** Searches a text node unless it was searched with this very text, in this element. */
  function visitText(node: Text): boolean {
    const data = node.data;
    const known = store.get(node);
    if (store.isCurrent(node, data) && (!known || known.target === elementOf(node))) return false;
    const where = placeOf(node);
    if (!where) return false;
    if (!hasEnoughDigits(data)) {
      if (known) store.put(node, data, [], where, false);
      return false;
    }
    store.put(node, data, deps.cache.find(data, contextFor(node, deps.headers())), where, false);
    return true;
  }

  /** A `tel:` link is one number, its text included; false when its href is no number. */
  function visitLink(link: Element): boolean {
    const href = link.getAttribute('href') ?? '';
    if (store.isCurrent(link, href)) return store.get(link) !== undefined;
    const where = placeOf(link);
    if (!where) return false;
    const match = deps.parseTel(href);
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
      if (isTelLink(el)) {
        if (visitLink(el)) return false;
      } else {
        // Was a tel: link until its href changed.
        const stale = store.get(el);
        if (stale) store.drop(stale);
      }
      if (el.shadowRoot) documents.attachShadowRoot(el.shadowRoot, deps.urgent());
      if (el.childElementCount >= MANY_CHILDREN && !deps.urgent()) deps.prioritise(el);
      return true;
    },
  };
}
