import browser from 'webextension-polyfill';

/** The import page in a tab of its own (a popup closes as soon as it loses focus). */
export async function openImportPage(search = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/import.html${search}`) });
  window.close();
}
