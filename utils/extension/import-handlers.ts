import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { MAX_PAGE_CONTACTS, pageContactSchema } from '../messaging/import-messages';
import type { Handlers } from '../messaging/router';

type ImportHandlers = Pick<Handlers, 'page/contacts'>;

/** What one frame's page-contacts script returns; anything else is not trusted as data. */
const frameResultSchema = z.object({
  contacts: z.array(pageContactSchema),
  left: z._default(z.number(), 0),
});

/**
 * Reads the contacts on a CRM tab by injecting page-contacts.js into its frames on demand
 * (activeTab from the popup click, or the site's granted host permission, allow it). The
 * script is never registered, so nothing runs on a page until the user asks.
 */
export const importHandlers: ImportHandlers = {
  'page/contacts': async ({ tabId }) => {
    let tab: { url?: string; title?: string };
    try {
      tab = await browser.tabs.get(tabId);
    } catch {
      return { ok: false, message: 'That tab is closed: open the CRM page and try again.' };
    }
    let results: { result?: unknown }[];
    try {
      results = await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        files: ['/content-scripts/page-contacts.js'],
      });
    } catch (error) {
      return {
        ok: false,
        message: `Dialer Bridge may not read this page (${(error as Error).message}). Enable the site in the settings, or open this from the toolbar button on the CRM page.`,
      };
    }
    const contacts = [];
    let left = 0;
    for (const frame of results) {
      const parsed = frameResultSchema.safeParse(frame.result);
      if (!parsed.success) continue;
      contacts.push(...parsed.data.contacts);
      left += parsed.data.left;
    }
    return {
      ok: true,
      url: tab.url ?? '',
      title: tab.title ?? '',
      contacts: contacts.slice(0, MAX_PAGE_CONTACTS),
      left: left + Math.max(0, contacts.length - MAX_PAGE_CONTACTS),
    };
  },
};
