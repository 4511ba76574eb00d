import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { contentMessages } from './content-messages';
import { requestReply } from './request-reply';

type ContentMessages = typeof contentMessages;
type ContentType = keyof ContentMessages;

/**
 * sendMessage for the content script. It uses WXT's `browser` (the browser's own namespace)
 * rather than webextension-polyfill, and only the content schemas: every kilobyte here is
 * loaded into every CRM page, and the script has a 75 KB budget.
 */
export function sendContentMessage<T extends ContentType>(
  type: T,
  payload: z.infer<ContentMessages[T]['request']>,
): Promise<z.infer<ContentMessages[T]['response']>> {
  return requestReply(browser.runtime, type, payload, contentMessages[type].response) as Promise<
    z.infer<ContentMessages[T]['response']>
  >;
}
