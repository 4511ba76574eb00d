import browser from 'webextension-polyfill';
import type { Site } from '../settings/settings-schema';
import { originMatchPattern } from '../sites/parse-site';
import { loadSettings } from './settings-store';

const SCRIPT_ID = 'dialer-bridge-crm';
const DOCK_SCRIPT_ID = 'dialer-bridge-dock';
const POOL_SCRIPT_ID = 'dialer-bridge-crm-pool';
/**
 * Our host, call-button layer and spare buttons, made at document_start so that they are
 * painted with the CRM's own first frames (utils/page/call-button-pool.ts): showing the first
 * call buttons then adds no box to the page. A script of its own, since the call-button script
 * is too big to run before the page is parsed.
 */
export const CRM_POOL_FILES = ['call-button-pool.js'];
/**
 * The docked widget's script, registered beside the CRM scripts only in docked mode, and only
 * in the top page: a bundle of its own, so the call-button script's 75 KB budget is untouched
 * and window-mode pages never load it. Registered rather than injected on demand, so that the
 * browser starts it with the page and no extra message round trip is needed.
 */
export const DOCK_SCRIPT_FILES = ['content-scripts/dock.js'];
/**
 * The content scripts' paths in the build (WXT writes content-scripts/<name>.js): call buttons,
 * and login/logout following. Two bundles, so each stays small (the call-button script loads
 * the phone number metadata and has a 75 KB budget of its own). Only the call-button script
 * is registered; it asks for the login script once its rows on screen are done
 * (startLoginScript).
 */
export const CRM_SCRIPT_FILES = ['content-scripts/crm.js'];
export const LOGIN_SCRIPT_FILES = ['content-scripts/crm-login.js'];
/**
 * Registered with them: `body { isolation: isolate }`, so that showing or moving a call button
 * repaints our layer only, not the whole CRM page (see public/crm-paint.css). A style sheet the
 * browser injects before the page's first paint, rather than a style our script sets: the page
 * never sees a change of its own DOM, and the isolation costs no repaint of its own.
 */
export const CRM_STYLE_FILES = ['crm-paint.css'];

/**
 * Keeps the registered CRM content script in step with the enabled sites. The manifest asks
 * for no site at all: the script runs only where the user enabled a site and the browser
 * granted that origin. Returns the enabled origins that still lack a permission.
 */
export function syncCrmScriptRegistration(sites: Site[]): Promise<string[]> {
  // One sync at a time: two overlapping ones would both see "not registered" and the second
  // register would fail with a duplicate id.
  const run = pending.then(() => syncNow(sites));
  pending = run.catch(() => undefined);
  return run;
}

let pending: Promise<unknown> = Promise.resolve();

async function syncNow(sites: Site[]): Promise<string[]> {
  const wanted = sites.filter((site) => site.enabled).map((site) => site.origin);
  const granted: string[] = [];
  const missing: string[] = [];
  for (const origin of wanted) {
    const has = await browser.permissions.contains({ origins: [originMatchPattern(origin)] });
    (has ? granted : missing).push(origin);
  }
  const { settings } = await loadSettings();
  const ids = [SCRIPT_ID, POOL_SCRIPT_ID, DOCK_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  }
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: POOL_SCRIPT_ID,
        matches: granted.map(originMatchPattern),
        js: CRM_POOL_FILES,
        runAt: 'document_start',
        allFrames: true,
      },
      {
        id: SCRIPT_ID,
        matches: granted.map(originMatchPattern),
        js: CRM_SCRIPT_FILES,
        css: CRM_STYLE_FILES,
        runAt: 'document_idle',
        // The seed's own layout frames the CRM inside the dialer page.
        allFrames: true,
      },
    ]);
    if (settings.widgetMode === 'docked') {
      await browser.scripting.registerContentScripts([
        {
          id: DOCK_SCRIPT_ID,
          matches: granted.map(originMatchPattern),
          js: DOCK_SCRIPT_FILES,
          runAt: 'document_idle',
          allFrames: false,
        },
      ]);
    }
  }
  return missing;
}

/**
 * Starts the login script in the frame whose call-button script asks for it, once that
 * script's rows on screen are scanned. Both scripts used to be registered together, and the
 * browser evaluates every script registered for `document_idle` in one task: 50-90 ms on a
 * busy machine, a long task the page could feel (bench:scan). Started from here, the login
 * script is evaluated in a task of its own; it waits for the page's first idle moment anyway
 * before it matches the CRM's rules. Failures are logged: the page then has call buttons and
 * no login following.
 */
export function startLoginScript(sender: { tab?: { id?: number }; frameId?: number }): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  browser.scripting
    .executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: LOGIN_SCRIPT_FILES,
      injectImmediately: true,
    })
    .catch((error: unknown) =>
      console.warn('Dialer Bridge: the login script did not start', error),
    );
}
