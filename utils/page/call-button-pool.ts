import { phoneIcon, SPARE } from './call-button';
import { addStyles } from './call-button-layer';
import { mountUiRoot, revealUiRoot } from './mount-ui-root';
import { createProbe } from './schedule';

/**
 * Spares cannot be seen, hit or focused, and are left out of the accessibility tree
 * (aria-hidden, tabindex -1), yet they are painted: `scale(0)` and opacity are composited
 * properties, so a spare the layout pass takes is shown by the compositor alone. Hiding it by
 * `display`, `visibility`, `pointer-events` or `inert` instead would cost a repaint when it is
 * taken, and on a CRM that wraps a long table in an `overflow: auto` box (Chromium paints all
 * of such a box's rows, not only those on screen) any repaint is 8-14 ms at 20,000 rows, plus
 * 11-27 ms of layerization (bench:scan).
 */
const SPARE_CSS = `.call-buttons>${SPARE}{opacity:0;transform:scale(0)}`;
/** A screenful of numbers on a tall monitor; more are made as needed, a repaint each time. */
const POOL_SIZE = 48;

export function createSpare(doc: Document): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  button.setAttribute('aria-hidden', 'true');
  button.append(phoneIcon(doc));
  return button;
}

/**
 * Runs at document_start, before the CRM has painted anything (call-button-pool.ts): mounts
 * our host with its box, the call-button layer with its styles, spare buttons and the
 * after-layout probe. They are painted with the page's own first frames, so the frame that
 * shows our first buttons repaints nothing of the page's (29-73 ms on the 20,000-row table
 * before). The call-button script adopts all of it (createButtonLayer, createCallButton).
 */
export function mountCallButtonPool(doc: Document, size = POOL_SIZE): void {
  const { host, shadow } = mountUiRoot(doc);
  if (shadow.querySelector('.call-buttons')) return;
  revealUiRoot(host);
  addStyles(doc, shadow, SPARE_CSS);
  const layer = doc.createElement('div');
  layer.className = 'call-buttons';
  for (let i = 0; i < size; i++) layer.append(createSpare(doc));
  createProbe(layer);
  shadow.append(layer);
}
