import { browser } from 'wxt/browser';
import { type callMessages, callResponses } from '../messaging/call-messages';
import { isFromOwnBackground, toContentMessageSchema } from '../messaging/content-protocol';
import { createContentSender } from '../messaging/send-content-message';
import { mountUiRoot, revealUiRoot } from '../page/mount-ui-root';
import { startPageScanner } from '../page/page-scanner';
import { backgroundTask } from '../page/schedule';
import { findPhoneNumbers, isSupportedCountry, parseTelHref, warmUpFinder } from '../phone';
import { createContentDialer, type DialOutcome } from '../widget/content-dialer';
import { isFramedByDialer } from '../widget/widget-origin';

interface ContentContext {
  signal: AbortSignal;
  isInvalid: boolean;
}

const sendContentMessage = createContentSender<typeof callMessages>(callResponses);

// This file and what it imports run in every CRM page: WXT's `browser` (the browser's own
// namespace, no polyfill) keeps the content script within its 75 KB budget.

/**
 * Everything the CRM content script does on an enabled site: call buttons on every number,
 * and calls from the context menu or keyboard command. The entry point only calls this.
 */
export async function runCrmContent(ctx: ContentContext): Promise<void> {
  const hello = sendContentMessage('content/hello', {});
  // The answer takes 30-150 ms while the browser renders a big page: time to compile the finder
  // in a task of its own, so the first scan slice does not (the rows on screen wait for it).
  setTimeout(warmUpFinder, 0);
  const site = await hello;
  if (!site.enabled || ctx.isInvalid) return;

  const ui = mountUiRoot(document);
  ctx.signal.addEventListener('abort', () => ui.remove(), { once: true });
  const framedBy = isFramedByDialer(
    { isTop: window.top === window, ancestorOrigins: location.ancestorOrigins },
    document.referrer,
    site.widgetOrigin,
  )
    ? site.widgetOrigin
    : null;
  ui.host.dataset.widget = framedBy ? 'framed' : 'window';

  const dialer = createContentDialer({
    framedBy,
    postToParent: (message, targetOrigin) => window.parent.postMessage(message, targetOrigin),
    askBackground: (message) => sendContentMessage('widget/dial', { message }),
  });
  const call = async (number: { countryCallingCode: string; nationalNumber: string }) => {
    const outcome = await dialer.call(number);
    announce(ui.host, outcome);
  };

  // The settings schema only stores supported countries; this narrows the type for the finder.
  const defaultCountry = isSupportedCountry(site.defaultCountry) ? site.defaultCountry : 'US';
  startPageScanner({
    root: document,
    find: (text, context) => findPhoneNumbers(text, { defaultCountry, context }),
    parseTel: (href) => parseTelHref(href, defaultCountry),
    onCall: (match) => void call(match),
    signal: ctx.signal,
    ui,
    // The script is registered in every frame of an enabled site: each frame scans itself.
    frames: false,
  });
  ui.host.dataset.state = 'ready';
  // The login script, once the rows on screen are scanned: evaluated in a task of its own, and
  // not among their slices (startLoginScript in crm-script-registration.ts).
  backgroundTask(() => {
    sendContentMessage('content/start-login', {}).catch((error: unknown) =>
      console.warn('Dialer Bridge: the login script did not start', error),
    );
  });

  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (!isFromOwnBackground(sender, browser.runtime.id)) return;
    const parsed = toContentMessageSchema.safeParse(message);
    if (!parsed.success) return;
    const text = parsed.data.text ?? window.getSelection()?.toString() ?? '';
    const [number] = findPhoneNumbers(text.slice(0, 200), { defaultCountry });
    if (number) void call(number);
    else if (text.trim() && parsed.data.text !== undefined) {
      announce(ui.host, { status: 'failed', message: `No phone number in "${text.slice(0, 40)}"` });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}

const CALL_STATUS_CSS = `[data-role=call-status]{position:fixed;right:16px;bottom:16px;\
z-index:2147483647;max-width:320px;padding:8px 12px;border-radius:8px;\
font:13px/1.4 system-ui,sans-serif;background:#1f2937;color:#fff;box-shadow:0 4px 16px #00000040}\
[data-status=failed],[data-status=not-configured]{background:#b91c1c}`;

/** The last call's outcome, for people (a live region) and for tests (data attributes). */
function announce(host: HTMLElement, outcome: DialOutcome) {
  host.dataset.lastCall = outcome.status;
  const shadow = host.shadowRoot;
  if (!shadow) return;
  revealUiRoot(host);
  let region = shadow.querySelector<HTMLElement>('[data-role="call-status"]');
  if (!region) {
    region = document.createElement('div');
    region.dataset.role = 'call-status';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    const style = document.createElement('style');
    style.textContent = CALL_STATUS_CSS;
    shadow.append(style, region);
  }
  region.textContent = outcome.message;
  region.dataset.status = outcome.status;
  region.hidden = false;
  clearTimeout(Number(region.dataset.timer));
  const shown = region;
  shown.dataset.timer = String(
    setTimeout(() => {
      shown.hidden = true;
    }, 4000),
  );
}
