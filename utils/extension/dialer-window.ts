import browser from 'webextension-polyfill';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { WidgetMessage } from '../widget/widget-messages';

/**
 * One dialer window per browser, whichever tab dials: every extra copy of the widget would
 * be another softphone session. Its ids live in session storage so that a restarted service
 * worker finds the window again instead of opening a second one.
 */
const openWindowItem = storage.defineItem<unknown>('session:dialerWindow');
const boundsItem = storage.defineItem<unknown>('local:dialerWindowBounds');

const openWindowSchema = z.object({ windowId: z.number(), tabId: z.number() });
const boundsSchema = z.object({
  left: z.number(),
  top: z.number(),
  width: z.number().check(z.gte(200)),
  height: z.number().check(z.gte(200)),
});
type OpenWindow = z.infer<typeof openWindowSchema>;

const DEFAULT_SIZE = { width: 420, height: 720 };
const LOAD_TIMEOUT_MS = 30_000;

// Runs inside the widget tab. The target origin makes the browser drop the message if the
// tab has navigated to another origin since, so the password never reaches a stranger.
function postToWidget(message: WidgetMessage, origin: string) {
  window.postMessage(message, origin);
}

async function findOpenWindow(widgetOrigin: string): Promise<OpenWindow | null> {
  const saved = openWindowSchema.safeParse(await openWindowItem.getValue());
  if (!saved.success) return null;
  try {
    const tab = await browser.tabs.get(saved.data.tabId);
    if (
      tab.windowId === saved.data.windowId &&
      tab.url &&
      new URL(tab.url).origin === widgetOrigin
    ) {
      return saved.data;
    }
  } catch {
    // The agent closed it: open a new one.
  }
  await openWindowItem.removeValue();
  return null;
}

async function openWindow(widgetUrl: string): Promise<OpenWindow> {
  const bounds = boundsSchema.safeParse(await boundsItem.getValue());
  const create = (place: object) =>
    browser.windows.create({ url: widgetUrl, type: 'popup', focused: true, ...place });
  let created: Awaited<ReturnType<typeof create>>;
  try {
    created = await create(bounds.success ? bounds.data : DEFAULT_SIZE);
  } catch (error) {
    // A remembered place can be off screen now (a monitor unplugged): forget it, use the default.
    if (!bounds.success) throw error;
    await boundsItem.removeValue();
    created = await create(DEFAULT_SIZE);
  }
  const tabId = created.tabs?.[0]?.id;
  if (created.id === undefined || tabId === undefined) {
    throw new Error('The dialer window could not be opened');
  }
  const opened = { windowId: created.id, tabId };
  await openWindowItem.setValue(opened);
  return opened;
}

class WindowClosedError extends Error {}

/**
 * Resolves once the widget page has finished loading: messages wait for it. Rejects at once
 * with WindowClosedError when the agent closes the window before it has loaded.
 */
async function waitUntilLoaded(tabId: number): Promise<void> {
  let cleanup = () => {};
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The dialer widget did not finish loading in 30 s')),
      LOAD_TIMEOUT_MS,
    );
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status === 'complete') resolve();
    };
    const onRemoved = (removedId: number) => {
      if (removedId === tabId) reject(new WindowClosedError('The dialer window was closed'));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    cleanup = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  });
  try {
    // Checked after subscribing, so a load that completes in between is not missed.
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab) throw new WindowClosedError('The dialer window was closed');
    if (tab.status !== 'complete') await loaded;
  } finally {
    cleanup();
  }
}

/** Remembers the window's size and place when the agent moves it (Chromium only). */
export function rememberDialerWindowBounds(): void {
  const windows = browser.windows as typeof browser.windows & {
    onBoundsChanged?: {
      addListener(cb: (win: { id?: number } & Record<string, unknown>) => void): void;
    };
  };
  windows.onBoundsChanged?.addListener(async (win) => {
    const open = openWindowSchema.safeParse(await openWindowItem.getValue());
    if (!open.success || open.data.windowId !== win.id) return;
    const bounds = boundsSchema.safeParse(win);
    if (bounds.success) await boundsItem.setValue(bounds.data);
  });
  browser.windows.onRemoved.addListener(async (windowId) => {
    const open = openWindowSchema.safeParse(await openWindowItem.getValue());
    if (open.success && open.data.windowId === windowId) await openWindowItem.removeValue();
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Delivers a message to the dialer window: opens it if needed (never twice, even for two
 * dials at the same moment: sends are queued), waits for it to load, posts to its exact
 * origin and brings it to the front.
 */
export function sendToDialerWindow(message: WidgetMessage, widgetUrl: string): Promise<void> {
  const widgetOrigin = new URL(widgetUrl).origin;
  const send = async (attempt = 1): Promise<void> => {
    const target = (await findOpenWindow(widgetOrigin)) ?? (await openWindow(widgetUrl));
    try {
      await waitUntilLoaded(target.tabId);
    } catch (error) {
      // Closed while loading: the message is not lost, it goes to a new window (once).
      if (!(error instanceof WindowClosedError) || attempt > 1) throw error;
      await openWindowItem.removeValue();
      return send(attempt + 1);
    }
    await browser.scripting.executeScript({
      target: { tabId: target.tabId },
      func: postToWidget,
      args: [message, widgetOrigin],
    });
    if (message.action === 'click_to_call') {
      await browser.windows.update(target.windowId, { focused: true, drawAttention: true });
    }
  };
  const result = queue.then(() => send());
  queue = result.catch(() => undefined);
  return result;
}
