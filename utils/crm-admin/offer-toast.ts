/**
 * The offer toast in the CRM page: plain DOM in a shadow root, so the CRM's CSS cannot reach it
 * and it cannot reach the CRM. One host element holds every open offer of the page.
 */

const HOST_TAG = 'dialer-bridge-admin-toast';

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.stack { display: flex; flex-direction: column; gap: 8px; font: 14px/1.4 system-ui, sans-serif; }
.toast { background: #fff; color: #1b1f24; border: 1px solid #c9d1d9; border-left: 4px solid #0b5cad;
  border-radius: 6px; padding: 10px 12px; box-shadow: 0 4px 12px rgb(0 0 0 / 15%); max-width: 360px; }
.toast.ok { border-left-color: #1a7f37; } .toast.error { border-left-color: #cf222e; }
.actions { display: flex; gap: 8px; margin-top: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #8c959f;
  background: #f6f8fa; color: inherit; cursor: pointer; }
button.primary { background: #0b5cad; border-color: #0b5cad; color: #fff; }
button:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
`;

export interface ToastHandle {
  /** Replaces the text; `tone` colours the edge; the buttons go away. */
  update(text: string, tone?: 'ok' | 'error' | 'busy'): void;
  remove(): void;
}

function stackOf(doc: Document): HTMLElement {
  const existing = doc.querySelector(HOST_TAG)?.shadowRoot?.querySelector<HTMLElement>('.stack');
  if (existing) return existing;
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const stack = doc.createElement('div');
  stack.className = 'stack';
  shadow.append(style, stack);
  doc.documentElement.append(host);
  return stack;
}

/**
 * Shows one toast. With `accept`, it asks (the offer's [Create] and [Dismiss]); without, it
 * reports. Buttons are real buttons: reachable with Tab, pressed with Enter or Space.
 */
export function showToast(
  doc: Document,
  text: string,
  options: {
    acceptLabel?: string;
    onAccept?(toast: ToastHandle): void;
    onDismiss?(toast: ToastHandle): void;
    signal?: AbortSignal;
  } = {},
): ToastHandle {
  const stack = stackOf(doc);
  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.dataset.testid = 'admin-offer';
  const message = doc.createElement('div');
  message.textContent = text;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  toast.append(message, actions);

  const handle: ToastHandle = {
    update(next, tone) {
      message.textContent = next;
      toast.className = `toast${tone && tone !== 'busy' ? ` ${tone}` : ''}`;
      actions.replaceChildren(button('Close', () => handle.remove()));
    },
    remove() {
      toast.remove();
      const root = stack.getRootNode();
      if (stack.childElementCount === 0 && root instanceof ShadowRoot) root.host.remove();
    },
  };
  function button(label: string, onClick: () => void, primary = false) {
    const el = doc.createElement('button');
    el.type = 'button';
    el.textContent = label;
    if (primary) el.className = 'primary';
    // Only the admin's own click or key press: the page can reach into the open shadow root
    // and call click(), and must not accept an offer (start a sync) on the admin's behalf.
    el.addEventListener('click', (event) => event.isTrusted && onClick());
    return el;
  }
  if (options.onAccept) {
    const { onAccept, onDismiss } = options;
    actions.append(
      button(options.acceptLabel || 'OK', () => onAccept(handle), true),
      button('Dismiss', () => (onDismiss ? onDismiss(handle) : handle.remove())),
    );
  } else {
    actions.append(button('Close', () => handle.remove()));
  }
  stack.append(toast);
  options.signal?.addEventListener('abort', () => handle.remove(), { once: true });
  return handle;
}
