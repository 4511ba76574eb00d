/**
 * Whether the user could see the element: connected, not `type=hidden`, not inside a `hidden`
 * element, not `display: none` or `visibility: hidden`. It does not try to tell off-screen or
 * zero-size elements (that needs layout, which test DOMs lack); rules that must find a field
 * moved off-screen (Microsoft's username on the password step) query it without this check.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') return false;
  // The UA style sheet hides [hidden]; checked by hand because not every DOM (happy-dom) has it.
  if (el.closest('[hidden]')) return false;
  if (typeof el.checkVisibility === 'function') {
    // checkVisibilityCSS is the name Chrome 105-120 used for visibilityProperty.
    return el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}
