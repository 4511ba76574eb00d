import browser from 'webextension-polyfill';
import type { Site } from '../settings/settings-schema';
import { originMatchPattern } from '../sites/parse-site';

const SCRIPT_ID = 'dialer-bridge-crm';
/**
 * The content scripts' paths in the build (WXT writes content-scripts/<name>.js): call buttons,
 * and login/logout following. Two bundles, so each stays small (the call-button script loads
 * the phone number metadata and has a 75 KB budget of its own).
 */
export const CRM_SCRIPT_FILES = ['content-scripts/crm.js', 'content-scripts/crm-login.js'];

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
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: granted.map(originMatchPattern),
        js: CRM_SCRIPT_FILES,
        runAt: 'document_idle',
        // The seed's own layout frames the CRM inside the dialer page.
        allFrames: true,
      },
    ]);
  }
  return missing;
}
