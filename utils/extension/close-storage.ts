import browser from 'webextension-polyfill';

type AccessLevel = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };

/**
 * Content scripts run inside CRM pages; nothing they need lives in extension storage, so both
 * areas are closed to them where the browser can do it (Chromium 102+; session is closed by
 * default, local is not). Firefox has no such switch: there, no content-script code reads it.
 */
export async function closeStorageToContentScripts(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session] as unknown as AccessLevel[]) {
    await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  }
}
