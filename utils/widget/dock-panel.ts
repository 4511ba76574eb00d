import type { DockPlace } from '../messaging/dock-messages';
import { DOCK_ROOT_TAG } from '../page/mount-ui-root';
import { COLLAPSED_SIZE, clampPlace } from './dock-place';
import { DOCK_CSS } from './dock-styles';

/** The page scanner skips this host (skip-rules.ts): the dock is never scanned. */
export const DOCK_TAG = DOCK_ROOT_TAG;
const MOVE_STEP = 16;

interface DockPanelOptions {
  place: DockPlace;
  viewport(): { width: number; height: number };
  /** The agent moved, resized, collapsed or expanded the dock: remember it. */
  onPlaceChange(place: DockPlace): void;
  onTakeOver(): void;
  signal: AbortSignal;
}

/**
 * The dock's frame: a fixed panel in its own shadow root, moved by its title bar (pointer or
 * arrow keys on the move handle), collapsible to a small tab, resizable when live. It shows
 * the widget iframe (live), the take-over offer (another tab is live) or a note (blocked).
 */
export function createDockPanel(doc: Document, options: DockPanelOptions) {
  const host = doc.createElement(DOCK_TAG);
  host.style.all = 'initial';
  const shadow = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const node = doc.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  const style = el('style', '', DOCK_CSS);
  const dock = el('div', 'dock');
  dock.setAttribute('role', 'region');
  dock.setAttribute('aria-label', 'Dialer widget');
  const bar = el('div', 'bar');
  const grip = el('button', 'grip', '⠿');
  grip.type = 'button';
  grip.setAttribute('aria-label', 'Move the dialer widget (arrow keys)');
  const title = el('span', 'title', 'Dialer');
  const toggle = el('button', 'toggle');
  toggle.type = 'button';
  const body = el('div', 'body');
  bar.append(grip, title, toggle);
  dock.append(bar, body);
  shadow.append(style, dock);
  doc.documentElement.append(host);

  let place = clampPlace(options.place, options.viewport());
  let state: 'live' | 'offer' | 'blocked' = 'offer';

  const render = () => {
    const expanded = state !== 'live' || !place.collapsed;
    dock.dataset.state = state;
    dock.dataset.collapsed = String(!expanded);
    dock.style.left = `${place.left}px`;
    dock.style.top = `${place.top}px`;
    // Live and expanded: the remembered size. Collapsed: a small tab. Offer or note: its text.
    dock.style.width = `${expanded ? place.width : COLLAPSED_SIZE.width}px`;
    dock.style.height = state === 'live' && expanded ? `${place.height}px` : '';
    body.hidden = !expanded;
    toggle.hidden = state !== 'live';
    toggle.textContent = expanded ? '–' : '+';
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.setAttribute(
      'aria-label',
      expanded ? 'Collapse the dialer widget' : 'Expand the dialer widget',
    );
  };
  const setPlace = (next: DockPlace, remember: boolean) => {
    place = clampPlace(next, options.viewport());
    render();
    if (remember) options.onPlaceChange(place);
  };

  toggle.addEventListener('click', () => setPlace({ ...place, collapsed: !place.collapsed }, true));

  grip.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? MOVE_STEP * 4 : MOVE_STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setPlace({ ...place, left: place.left + move[0], top: place.top + move[1] }, true);
  });

  // Dragging by the bar: pointer capture keeps the moves coming even over the iframe.
  bar.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || (event.target as Element).closest('button:not(.grip)')) return;
    event.preventDefault();
    bar.setPointerCapture(event.pointerId);
    const start = { x: event.clientX, y: event.clientY, left: place.left, top: place.top };
    const onMove = (move: PointerEvent) =>
      setPlace(
        {
          ...place,
          left: start.left + move.clientX - start.x,
          top: start.top + move.clientY - start.y,
        },
        false,
      );
    const onUp = () => {
      bar.removeEventListener('pointermove', onMove);
      bar.removeEventListener('pointerup', onUp);
      bar.removeEventListener('pointercancel', onUp);
      if (place.left !== start.left || place.top !== start.top) options.onPlaceChange(place);
    };
    bar.addEventListener('pointermove', onMove);
    bar.addEventListener('pointerup', onUp);
    bar.addEventListener('pointercancel', onUp);
  });

  // The native resize handle (live, expanded): remember the new size once the agent stops.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const resizes = new ResizeObserver(() => {
    if (state !== 'live' || place.collapsed) return;
    const width = dock.offsetWidth;
    const height = dock.offsetHeight;
    if (Math.abs(width - place.width) < 2 && Math.abs(height - place.height) < 2) return;
    place = clampPlace({ ...place, width, height }, options.viewport());
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => options.onPlaceChange(place), 300);
  });
  resizes.observe(dock);

  const onViewport = () => setPlace(place, false);
  window.addEventListener('resize', onViewport, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    resizes.disconnect();
    clearTimeout(resizeTimer);
    host.remove();
  });

  const showNote = (next: 'offer' | 'blocked', text: string) => {
    state = next;
    const note = el('p', 'note', text);
    if (next === 'blocked') note.setAttribute('role', 'alert');
    body.replaceChildren(note);
    if (next === 'offer') {
      const actions = el('div', 'actions');
      const takeOver = el('button', 'take-over', 'Take over');
      takeOver.type = 'button';
      takeOver.setAttribute('aria-label', 'Take over the dialer widget in this tab');
      takeOver.addEventListener('click', () => options.onTakeOver());
      actions.append(takeOver);
      body.append(actions);
    }
    title.textContent = next === 'offer' ? 'Dialer (in another tab)' : 'Dialer';
    render();
  };

  render();
  return {
    host,
    /** Live: shows the widget iframe (never moved once inserted: that would reload it). */
    showWidget(iframe: HTMLIFrameElement) {
      state = 'live';
      title.textContent = 'Dialer';
      if (iframe.parentNode !== body) body.replaceChildren(iframe);
      render();
    },
    showOffer() {
      showNote('offer', 'Widget is live in another tab.');
    },
    showBlocked(text: string) {
      showNote('blocked', text);
    },
    setPlace(next: DockPlace) {
      setPlace(next, false);
    },
  };
}
export type DockPanel = ReturnType<typeof createDockPanel>;
