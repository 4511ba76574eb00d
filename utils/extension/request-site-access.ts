import browser from 'webextension-polyfill';
import { originMatchPattern } from '../sites/parse-site';

/**
 * Asks the browser for one origin, from an extension page in a user gesture. An origin already
 * granted is not asked again (a prompt that nobody answers would otherwise hang).
 */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  const origins = [originMatchPattern(origin)];
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
