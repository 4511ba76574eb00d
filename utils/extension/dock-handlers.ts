import browser from 'webextension-polyfill';
import {
  type DockDeliveryReply,
  type DockState,
  dockDeliveryReplySchema,
  type dockMessages,
  type ToDockMessage,
} from '../messaging/dock-messages';
import type { HandlerContext, Handlers } from '../messaging/router';
import type { SenderInfo } from '../messaging/sender';
import { framingRefusal } from '../widget/dock-framing';
import type { WidgetMessage } from '../widget/widget-messages';
import { httpOriginOf } from '../widget/widget-origin';
import {
  getDockPlace,
  getLiveDock,
  type LiveDock,
  releaseDock,
  setDockPlace,
  setLiveDock,
  withDockLock,
} from './dock-state';
import { loadSettings } from './settings-store';

type DockHandlers = Pick<Handlers, keyof typeof dockMessages>;

/** How long a message waits for the dock of a page that is still loading to start. */
export const DOCK_START_TIMEOUT_MS = 10_000;
const FRAMING_CHECK_TTL_MS = 60_000;

const topOrigin = (sender: SenderInfo) => httpOriginOf(sender.tab?.url ?? '') ?? '';

const tabExists = (tabId: number) =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

// Docks that have started, by tab: a message for a page still loading waits for its dock.
const startWaiters = new Map<number, Set<() => void>>();

function dockStarted(tabId: number) {
  for (const wake of startWaiters.get(tabId) ?? []) wake();
  startWaiters.delete(tabId);
}

/** Resolves true when the dock in `tabId` starts live, false after the timeout or `cancel`. */
function waitForDockStart(tabId: number, timeoutMs: number) {
  const waiters = startWaiters.get(tabId) ?? new Set();
  startWaiters.set(tabId, waiters);
  let finish: (started: boolean) => void = () => {};
  const started = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const wake = () => finish(true);
    finish = (value) => {
      clearTimeout(timer);
      waiters.delete(wake);
      resolve(value);
    };
    waiters.add(wake);
  });
  return { started, cancel: () => finish(false) };
}

const framingChecks = new Map<string, { at: number; refusal: string | null }>();

/** Reads the widget page's headers (host permission: no CORS) to learn if it may be framed. */
async function checkFraming(widgetUrl: string, crmOrigin: string): Promise<string | null> {
  const widgetOrigin = httpOriginOf(widgetUrl);
  if (!widgetOrigin) return null;
  const key = `${widgetUrl} ${crmOrigin}`;
  const cached = framingChecks.get(key);
  if (cached && Date.now() - cached.at < FRAMING_CHECK_TTL_MS) return cached.refusal;
  let refusal: string | null = null;
  try {
    const response = await fetch(widgetUrl, { cache: 'no-store' });
    void response.body?.cancel();
    refusal = framingRefusal(response.headers, crmOrigin, widgetOrigin);
  } catch {
    // Unknown (offline, no permission yet): try to dock; the frame shows what the browser says.
  }
  framingChecks.set(key, { at: Date.now(), refusal });
  return refusal;
}

function tellDock(dock: LiveDock, message: ToDockMessage): Promise<unknown> {
  return browser.tabs.sendMessage(dock.tabId, message, { frameId: dock.frameId });
}

/** The dock's state for this tab; `takeOver` makes it live even if another tab is. */
async function dockStateFor(context: HandlerContext, takeOver: boolean): Promise<DockState> {
  const [{ settings }, place] = await Promise.all([loadSettings(), getDockPlace()]);
  const blocked = (note: string): DockState => ({ state: 'blocked', widgetUrl: null, place, note });
  if (settings.widgetMode !== 'docked') {
    return { state: 'off', widgetUrl: null, place, note: 'The widget opens in its own window' };
  }
  const { sender } = context;
  const tabId = sender.tab?.id;
  if (!httpOriginOf(settings.widgetUrl)) {
    return blocked('Set the widget URL in the Dialer Bridge options to dock the widget here.');
  }
  if (tabId === undefined || sender.frameId !== 0) return blocked('The dock lives in the top page');
  const refusal = await checkFraming(settings.widgetUrl, topOrigin(sender));
  if (refusal) {
    return blocked(
      `The dialer widget refuses to be shown inside this page (${refusal}). Choose "One dialer window" as the widget mode in the Dialer Bridge options.`,
    );
  }
  return withDockLock(async () => {
    const live = await getLiveDock();
    if (live && live.tabId !== tabId && !takeOver && (await tabExists(live.tabId))) {
      return { state: 'offer', widgetUrl: null, place, note: 'The widget is live in another tab' };
    }
    await setLiveDock({ tabId, frameId: 0, origin: topOrigin(sender) });
    // The old live tab unloads its widget (a second one would be a second softphone session).
    if (live && live.tabId !== tabId) void tellDock(live, { type: 'dock/standby' }).catch(() => {});
    dockStarted(tabId);
    return { state: 'live', widgetUrl: settings.widgetUrl, place, note: '' };
  });
}

/** Asks the dock in `dock`'s tab to post the message; null when no dock answered there. */
async function deliverToTab(
  dock: LiveDock,
  message: WidgetMessage,
): Promise<DockDeliveryReply | null> {
  try {
    const reply = dockDeliveryReplySchema.safeParse(
      await tellDock(dock, { type: 'dock/deliver', message }),
    );
    return reply.success ? reply.data : null;
  } catch {
    return null;
  }
}

/**
 * Delivers a widget message to the live docked widget, whichever tab sent it. With no live
 * dock, the sender's tab becomes live. A page still loading gets a moment for its dock to
 * start; a tab whose dock never answers gives the slot up.
 */
export async function sendToDock(
  message: WidgetMessage,
  sender: SenderInfo,
): Promise<{ ok: true } | { ok: false; note: string }> {
  const tabId = sender.tab?.id;
  let note = 'No docked widget answered';
  for (let attempt = 0; attempt < 2; attempt++) {
    let claimed = false;
    const target = await withDockLock(async (): Promise<LiveDock | null> => {
      const live = await getLiveDock();
      if (live && (await tabExists(live.tabId))) return live;
      if (tabId === undefined) return null;
      const dock = { tabId, frameId: 0, origin: topOrigin(sender) };
      await setLiveDock(dock);
      claimed = true;
      return dock;
    });
    if (!target) return { ok: false, note: 'No docked widget is open' };
    const answered = async (reply: DockDeliveryReply) => {
      // A tab that cannot show the widget (it refuses to be framed there) does not keep the slot.
      if (!reply.posted && claimed) await withDockLock(() => releaseDock(target.tabId));
      return reply.posted ? { ok: true as const } : { ok: false as const, note: reply.note };
    };
    // Listening before asking: a dock that starts while the first try fails is not missed.
    const start = waitForDockStart(target.tabId, DOCK_START_TIMEOUT_MS);
    const reply = await deliverToTab(target, message);
    if (reply) {
      start.cancel();
      return answered(reply);
    }
    if (await start.started) {
      const retried = await deliverToTab(target, message);
      if (retried) return answered(retried);
    }
    note = 'The docked widget did not answer';
    await withDockLock(() => releaseDock(target.tabId));
  }
  return { ok: false, note };
}

/** The docked widget's handlers (one live dock per browser). */
export const dockHandlers: DockHandlers = {
  'dock/hello': (_payload, context) => dockStateFor(context, false),
  'dock/take-over': (_payload, context) => dockStateFor(context, true),
  'dock/save-place': async (place) => {
    await setDockPlace(place);
    return {};
  },
};
