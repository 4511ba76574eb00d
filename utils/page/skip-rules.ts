import { DOCK_ROOT_TAG, UI_ROOT_TAG } from './mount-ui-root';

// Node types as numbers: nodes from a same-origin frame belong to another realm, where
// `instanceof Element` is false, so the scanner never relies on instanceof.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const FRAGMENT_NODE = 11;

/**
 * Elements whose text is code, form input, or not rendered as text. `iframe` is listed because
 * its children are fallback markup; its document is scanned on its own.
 */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  UI_ROOT_TAG,
  // The dock's panel: its shadow root is ours, its notes must get no call button.
  DOCK_ROOT_TAG,
]);

/** ARIA roles of widgets the user types into: a button beside the caret would be in the way. */
const INPUT_ROLES = new Set(['textbox', 'combobox', 'searchbox', 'spinbutton']);

/** The attributes that can make an element skipped; most elements have none of them. */
const SKIP_ATTRIBUTES = new Set(['hidden', 'inert', 'aria-hidden', 'contenteditable', 'role']);

function hasSkipAttribute(el: Element): boolean {
  // One call for the names instead of five lookups: this runs for every element of the page.
  for (const name of el.getAttributeNames()) if (SKIP_ATTRIBUTES.has(name)) return true;
  return false;
}

/**
 * True when nothing inside `el` should get a call button. Reads attributes only, never styles,
 * because it runs for every element a scan walks; hidden-by-CSS is left to the visibility check
 * that runs for numbers only.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes() || !hasSkipAttribute(el)) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && INPUT_ROLES.has(role.trim().split(/\s+/)[0]?.toLowerCase() ?? '');
}

/** The parent of a node, stepping from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent?.nodeType === FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

/** The element a text node is drawn in (its parent, or the host when it sits in a shadow root). */
export function elementOf(node: Node): Element | null {
  if (node.nodeType === ELEMENT_NODE) return node as Element;
  const parent = composedParent(node);
  return parent?.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

/**
 * True when `node` or an ancestor (through shadow hosts, up to its document) is skipped. Used
 * for nodes reached by a mutation rather than by a walk from the top, which skips whole
 * subtrees as it goes and never needs this.
 */
export function isInSkippedSubtree(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  for (let n: Node | null = elementOf(node); n; n = composedParent(n)) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/** True for `<a href="tel:…">` and `callto:` links: the page already says they are numbers. */
export function isTelLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href');
  return href !== null && /^\s*(?:tel|callto):/i.test(href);
}

/**
 * Whether an element is hidden by its styles (`visibility`, `opacity: 0`, `display: none` up the
 * tree). Costs a style lookup, so it runs only for numbers whose position check was inconclusive.
 */
export function isStyleHidden(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility !== 'visible' || style.opacity === '0';
}
