import browser from 'webextension-polyfill';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { type DockPlace, dockPlaceSchema, type ToDockMessage } from '../messaging/dock-messages';
import { loadSettings, watchSettings } from './settings-store';

/**
 * Which tab holds the one live docked widget. Session storage: a restarted service worker
 * still knows it, a restarted browser starts free. Every change goes through `withDockLock`,
 * so two tabs starting at once cannot both become live.
 */
const liveDockItem = storage.defineItem<unknown>('session:liveDock');
const dockPlaceItem = storage.defineItem<unknown>('local:dockPlace');

const liveDockSchema = z.object({ tabId: z.number(), frameId: z.number(), origin: z.string() });
export type LiveDock = z.infer<typeof liveDockSchema>;

export async function getLiveDock(): Promise<LiveDock | null> {
  const parsed = liveDockSchema.safeParse(await liveDockItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function setLiveDock(dock: LiveDock): Promise<void> {
  await liveDockItem.setValue(dock);
}

/** Frees the slot if `tabId` holds it (a closed tab, a tab gone to another site). */
export async function releaseDock(tabId: number): Promise<boolean> {
  const live = await getLiveDock();
  if (live?.tabId !== tabId) return false;
  await liveDockItem.removeValue();
  return true;
}

let lock: Promise<unknown> = Promise.resolve();

/** Runs dock-state changes one at a time (read, decide, write). */
export function withDockLock<T>(run: () => Promise<T>): Promise<T> {
  const result = lock.then(run);
  lock = result.catch(() => undefined);
  return result;
}

export async function getDockPlace(): Promise<DockPlace | null> {
  const parsed = dockPlaceSchema.safeParse(await dockPlaceItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function setDockPlace(place: DockPlace): Promise<void> {
  await dockPlaceItem.setValue(place);
}

/**
 * A live tab that is closed, or navigates to another site, frees the slot (a reload or a page
 * of the same site keeps it: the dock there says hello again from the same tab).
 */
export function watchDockTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void withDockLock(() => releaseDock(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = change.url;
    void withDockLock(async () => {
      const live = await getLiveDock();
      if (live?.tabId === tabId && originOf(url) !== live.origin) await releaseDock(tabId);
    });
  });
  watchSettings(() => void standDownOutsideDockedMode());
}

/**
 * Switched to window mode: the live dock unloads its widget, or it would stay a second
 * softphone session beside the dialer window (the dock script is unregistered, not stopped).
 */
export async function standDownOutsideDockedMode(): Promise<void> {
  const { settings } = await loadSettings();
  if (settings.widgetMode === 'docked') return;
  const live = await withDockLock(async () => {
    const dock = await getLiveDock();
    if (dock) await releaseDock(dock.tabId);
    return dock;
  });
  if (!live) return;
  const standby: ToDockMessage = { type: 'dock/standby' };
  await browser.tabs.sendMessage(live.tabId, standby, { frameId: live.frameId }).catch(() => {});
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
