import browser from 'webextension-polyfill';
import { originMatchPattern } from '../sites/parse-site';

/**
 * Asks the browser for origins, from an extension page in a user gesture. Origins already
 * granted are not asked again (a prompt that nobody answers would otherwise hang).
 */
export async function requestOriginsAccess(originsToAsk: string[]): Promise<boolean> {
  const origins = [...new Set(originsToAsk)].map(originMatchPattern);
  if (origins.length === 0 || (await browser.permissions.contains({ origins }))) return true;
  return browser.permissions.request({ origins });
}

export const requestSiteAccess = (origin: string) => requestOriginsAccess([origin]);
