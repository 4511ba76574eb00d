import { callLabel } from './format-international';
import type { PhoneMatch } from './phone-match';
import { BUTTON_SIZE } from './place-call-button';

const SVG = 'http://www.w3.org/2000/svg';
// Material "call" glyph: recognisable at 10 px.
const PHONE_PATH =
  'M6.62 10.79a15.05 15.05 0 0 0 6.59 6.59l2.2-2.2a1 1 0 0 1 1.02-.24 11.4 11.4 0 0 0 3.57.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1.02l-2.2 2.2z';

/**
 * Styles for the layer and its buttons, inside our shadow root. The layer is a zero-size box
 * at the document's origin, above everything; buttons are moved with transforms, so placing
 * them never lays out anything of the CRM's. The page's rules cannot reach into the shadow
 * root, but inherited properties (font, colour, cursor) would come in through the host:
 * `all: initial` stops those. Size and layout containment keep the buttons from affecting
 * any box outside the layer: adding, showing or hiding one lays out our layer alone (a layout
 * that starts at the document in Chromium 156 but visits only what changed, under a
 * millisecond on a 20,000-row table; moving one by transform needs none). What does cost is
 * the repaint: on a big table any new paint of the page copies the whole table's display
 * items, so the layout pass writes only what changed. Each button is its own compositing layer
 * (will-change): moving one is the compositor's work alone, and showing a spare from the pool
 * (call-button-pool.ts) lays out nothing. No opacity transition: starting one re-layerizes the
 * whole page (11-27 ms on the 20,000-row table). No paint containment: the zero-size layer
 * must not clip its buttons. Compact text: it counts against the content script's size budget.
 */
export const CALL_BUTTON_CSS = `.call-buttons{all:initial;position:absolute;left:0;top:0;\
pointer-events:none;z-index:2147483646;contain:size layout style}\
.call-buttons>button{all:initial;position:absolute;left:0;top:0;\
width:${BUTTON_SIZE}px;height:${BUTTON_SIZE}px;display:flex;align-items:center;\
justify-content:center;border-radius:50%;background:#1a7f37;color:#fff;cursor:pointer;\
pointer-events:auto;opacity:.45;box-shadow:0 0 0 1px #ffffffe6;will-change:transform,opacity}\
button:hover,button:focus-visible{opacity:1}\
button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}\
button[hidden]{display:none}\
svg{width:10px;height:10px;fill:currentColor;pointer-events:none}`;

/**
 * A pooled button nobody uses yet (call-button-pool.ts): hidden from assistive technology,
 * unlike any button in use. createCallButton takes the first one.
 */
export const SPARE = 'button[aria-hidden]';
/**
 * Layers with no spare left. Looked up once more, a layer that has made a button for every
 * number of a long table scrolled through would be searched whole for each new button.
 */
const spent = new WeakSet<Element>();

function phoneIcon(doc: Document): SVGSVGElement {
  // Built node by node: pages with Trusted Types would refuse an innerHTML string. No
  // `focusable="false"`: only Internet Explorer put inline SVG in the tab order.
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', PHONE_PATH);
  svg.append(path);
  return svg;
}

/** A plain `<button>` with the call icon: what both a spare and a new call button start as. */
export function newCallButton(doc: Document): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.append(phoneIcon(doc));
  return button;
}

/** Points a button at a (possibly updated) match: label, tooltip and test hook follow it. */
export function labelCallButton(button: HTMLButtonElement, match: PhoneMatch): void {
  const label = callLabel(match);
  button.setAttribute('aria-label', label);
  button.title = label;
  button.dataset.e164 = match.e164;
}

/**
 * A real `<button>`: focusable, and Enter and Space click it like any other. A spare from the
 * pool in `layer` (utils/page/call-button-pool.ts) if one is left: it has its box already, so
 * showing it changes no layout. Otherwise a new one, hidden until the layout pass has a
 * position for it.
 */
export function createCallButton(
  layer: HTMLElement,
  match: PhoneMatch,
  onPress: () => void,
): HTMLButtonElement {
  let button = spent.has(layer) ? null : layer.querySelector<HTMLButtonElement>(SPARE);
  if (button) {
    button.removeAttribute('aria-hidden');
    button.tabIndex = 0;
  } else {
    spent.add(layer);
    button = newCallButton(layer.ownerDocument);
    button.hidden = true;
  }
  labelCallButton(button, match);
  // Our layer is never inside a form or a link: a click has no default action to prevent.
  button.addEventListener('click', onPress);
  return button;
}
