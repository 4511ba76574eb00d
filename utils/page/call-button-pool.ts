import { newCallButton, SPARE } from './call-button';
import { addStyles } from './call-button-layer';
import { mountUiRoot, revealUiRoot } from './mount-ui-root';
import { createProbe } from './schedule';

/**
 * Spares cannot be seen, hit or focused, and are left out of the accessibility tree
 * (aria-hidden, tabindex -1), yet they have their boxes: `scale(0)` and opacity are
 * composited properties, so taking a spare changes no layout. Hiding it by `display`,
 * `visibility`, `pointer-events` or `inert` instead costs a repaint of the page when it is
 * taken (checked in Chromium), and on a CRM that wraps a long table in an `overflow: auto` box
 * (Chromium paints all of such a box's rows, not only those on screen) any repaint is 8-14 ms
 * at 20,000 rows, plus 11-27 ms of layerization (bench:scan).
 */
const SPARE_CSS = `.call-buttons>${SPARE}{opacity:0;transform:scale(0)}`;
/** A screenful of numbers on a tall monitor; more are made as needed, a repaint each time. */
const POOL_SIZE = 48;

function createSpare(doc: Document): HTMLButtonElement {
  const button = newCallButton(doc);
  button.tabIndex = -1;
  button.setAttribute('aria-hidden', 'true');
  return button;
}

/**
 * Runs at document_start, before the CRM has painted anything (call-button-pool.ts): mounts
 * our host with its box, the call-button layer with its styles, spare buttons and the
 * after-layout probe. They are painted with the page's own first frames, so the frame that
 * shows our first buttons adds no box and moves nothing. It still repaints the page once:
 * each button's icon is painted again when the button first moves (an SVG, or a clip-path
 * icon alike); at 20,000 rows that frame is 23-45 ms, against 29-73 ms before (bench:scan).
 * The call-button script adopts all of it (createButtonLayer, createCallButton).
 *
 * The parser adds <head> and <body> after the host; once <body> is there, the host moves to
 * the end of <html>, where the call-button script puts it on other pages (keepAfterBody).
 */
export function mountCallButtonPool(doc: Document, size = POOL_SIZE): void {
  // Firefox may run document_start scripts before <html> exists: the call-button script
  // then mounts the host itself, as on a page opened before the site was enabled.
  if (!doc.documentElement) return;
  const { host, shadow } = mountUiRoot(doc);
  if (shadow.querySelector('.call-buttons')) return;
  revealUiRoot(host);
  addStyles(doc, shadow, SPARE_CSS);
  const layer = doc.createElement('div');
  layer.className = 'call-buttons';
  for (let i = 0; i < size; i++) layer.append(createSpare(doc));
  createProbe(layer);
  shadow.append(layer);
  keepAfterBody(doc, host);
}

/**
 * Moves the host after <body> as soon as the parser has added it: page code may take the first
 * child of <html> for <head>, and a framework hydrating the whole document expects <head>
 * there. The page is still almost empty then: moving our host lays out nothing of it.
 */
function keepAfterBody(doc: Document, host: HTMLElement): void {
  const html = doc.documentElement;
  const moveLast = () => {
    if (host.parentNode === html && html.lastChild !== host) html.append(host);
  };
  if (doc.body) {
    moveLast();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!doc.body) return;
    observer.disconnect();
    moveLast();
  });
  observer.observe(html, { childList: true });
}
