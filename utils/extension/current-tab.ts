import browser from 'webextension-polyfill';

/**
 * The CRM tab the popup is about: the active tab of the window the popup belongs to. A page
 * of ours may name the tab instead (`?tabId=`), which is how tests open the popup as a tab.
 */
export async function findTargetTab(search: string): Promise<{ id: number; url: string } | null> {
  const named = Number(new URLSearchParams(search).get('tabId'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return null;
  return { id: tab.id, url: tab.url };
}
