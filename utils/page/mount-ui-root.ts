/** The custom element that hosts everything the extension shows inside a CRM page. */
export const UI_ROOT_TAG = 'dialer-bridge-ui';
/**
 * The docked widget's host (utils/widget/dock-panel.ts), also ours: declared here so that the
 * scanner skips it without bundling the dock.
 */
export const DOCK_ROOT_TAG = 'dialer-bridge-dock';

/**
 * One host element per document with its own shadow root, so the CRM's CSS cannot reach our
 * UI and ours cannot reach the CRM. It is a child of <html>, outside the CRM's app root,
 * so a framework re-rendering its own tree never meets it. The root is open so that tests
 * (and assistive technology) can see into it; it holds nothing secret.
 */
export function mountUiRoot(doc: Document): {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
} {
  const existing = findUiRoot(doc);
  if (existing?.shadowRoot) {
    return { host: existing, shadow: existing.shadowRoot, remove: () => existing.remove() };
  }
  const host = doc.createElement(UI_ROOT_TAG);
  // Out of flow at the document's origin, zero-size: adding the host lays out nothing of the
  // page's (an inline host after <body> needed an anonymous block and a relayout of <html>).
  // No transform, filter or containment: fixed-position UI inside still follows the viewport.
  // Below the docked widget (2147483646) and the admin toast: a call button never paints over them.
  // Hidden (no box at all) until it has something to show: on a big CRM table every frame that
  // adds a box repaints the whole page (100+ ms at 5,000 rows, bench:scan), so the host's box
  // comes in the same frame as the first call buttons (revealUiRoot). On enabled sites the pool
  // script mounts it first, with its box, at document_start (call-button-pool.ts), and moves it
  // after <body> once the parser has added that.
  host.style.cssText =
    'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483645; display: none';
  const shadow = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return { host, shadow, remove: () => host.remove() };
}

/** Whether the host has a box: it is hidden until something of ours is shown in it. */
export function isUiRootShown(host: HTMLElement): boolean {
  return host.style.display !== 'none';
}

/** Gives the host its box, right before the first thing of ours is shown in it. */
export function revealUiRoot(host: HTMLElement): void {
  if (!isUiRootShown(host)) host.style.removeProperty('display');
}

/**
 * The host if one is mounted. It is always a child of <html>, so only those few children are
 * looked at: a selector query would walk the whole page, 100,000 elements on a big CRM table.
 */
export function findUiRoot(doc: Document): HTMLElement | null {
  for (let el = doc.documentElement?.lastElementChild; el; el = el.previousElementSibling) {
    if (el.localName === UI_ROOT_TAG) return el as HTMLElement;
  }
  return null;
}
