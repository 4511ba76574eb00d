import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { ToContentMessage } from '../messaging/content-protocol';
import type { Site } from '../settings/settings-schema';
import { originMatchPattern } from '../sites/parse-site';

export const CALL_MENU_ID = 'dialer-bridge-call-selection';
export const CALL_COMMAND = 'call-selection';

/** The menu item shows only on enabled CRM sites, where a content script can answer it. */
export function updateCallMenu(sites: Site[]): Promise<void> {
  // Serialised for the same reason as the script registration: create after removeAll.
  const run = pending.then(() => updateNow(sites));
  pending = run.catch(() => undefined);
  return run;
}

let pending: Promise<unknown> = Promise.resolve();

async function updateNow(sites: Site[]): Promise<void> {
  await browser.contextMenus.removeAll();
  const patterns = sites
    .filter((site) => site.enabled)
    .map((site) => originMatchPattern(site.origin));
  if (patterns.length === 0) return;
  browser.contextMenus.create({
    id: CALL_MENU_ID,
    title: 'Call "%s"',
    contexts: ['selection'],
    documentUrlPatterns: patterns,
  });
}

async function askTabToCall(tabId: number, message: ToContentMessage, frameId?: number) {
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  } catch {
    // No content script in that tab (site not enabled): there is nothing to call from.
  }
}

export function onCallMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== CALL_MENU_ID || tab?.id === undefined) return;
  // The content script of the frame that holds the selection finds the number in it.
  void askTabToCall(tab.id, { type: 'call-selection', text: info.selectionText }, info.frameId);
}

export function onCallCommand(command: string, tab: Tabs.Tab | undefined): void {
  if (command !== CALL_COMMAND || tab?.id === undefined) return;
  // Every frame is asked; only the one with a selection containing a number dials.
  void askTabToCall(tab.id, { type: 'call-selection' });
}
