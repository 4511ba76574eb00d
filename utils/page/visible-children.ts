import type { ClipChain } from './clip-chain';
import { hasChildrenAtLeast } from './scan-walk';

/** Elements with at least this many children are long lists or table bodies. */
export const MANY_CHILDREN = 100;
const MAX_VISIBLE = 300;

/**
 * The rect of the child at `index`, or of the next one with a box: rows hidden by a filter
 * (display: none) have an empty rect at 0,0 that would send the search the wrong way.
 */
function laidOutRect(children: HTMLCollection, index: number, end: number): DOMRect | null {
  for (let i = index; i < end && i < index + 8; i++) {
    const rect = children[i]?.getBoundingClientRect();
    if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  }
  return null;
}

/**
 * The children of a long list or table body that are on screen: a binary search over their
 * positions (rows are laid out top to bottom) finds them with a few dozen rect reads instead of
 * a walk through thousands of rows, so they can be scanned first. Runs in idle time, when the
 * page is laid out already. Zero-size rows (hidden, or no layout in tests) only cost precision.
 */
export function visibleChildren(parent: Element, clips: ClipChain, margin = 0): Element[] {
  const view = parent.ownerDocument.defaultView;
  if (!view) return [];
  let top = -margin;
  let bottom = view.innerHeight + margin;
  for (const clip of clips.ancestors(parent)) {
    const box = clips.box(clip);
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  if (bottom <= top) return [];
  const children = parent.children;
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = laidOutRect(children, mid, hi);
    if (rect && rect.bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const found: Element[] = [];
  for (let i = lo; i < children.length && found.length < MAX_VISIBLE; i++) {
    const child = children[i] as Element;
    if (child.getBoundingClientRect().top > bottom) break;
    found.push(child);
  }
  return found;
}

/** How far up from a number a list's row is looked for: rows are shallow. */
const ROW_DEPTH = 12;

/**
 * The row of a long list that `el` is in: the ancestor whose parent is a known long list, or
 * has so many children that it is one (a list grown row by row is registered on the way).
 * Null outside long lists; `<body>` with many children is not a list, its children can be
 * anywhere.
 */
export function rowOf(el: Element, view: { doc: Document; lists: Set<Element> }): Element | null {
  // First only known lists (set lookups); counting children is a DOM walk per level, which
  // stops at MANY_CHILDREN (`children.length` would count a 20,000-row body whole).
  for (let row = el, depth = 0; depth < ROW_DEPTH; depth++) {
    const list = row.parentElement;
    if (!list) break;
    if (view.lists.has(list)) return row;
    row = list;
  }
  for (let row = el, depth = 0; depth < ROW_DEPTH; depth++) {
    // A row and its list share a tree: rows never cross into a host's light children.
    const list = row.parentElement;
    if (!list || list === view.doc.body || list === view.doc.documentElement) return null;
    if (hasChildrenAtLeast(list, MANY_CHILDREN)) {
      view.lists.add(list);
      return row;
    }
    row = list;
  }
  return null;
}
