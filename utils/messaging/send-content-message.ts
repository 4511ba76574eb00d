import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { requestReply } from './request-reply';
import type { SenderKind } from './sender';

type MessageMap = Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

/**
 * sendMessage for a content script, over just the messages it sends. It uses WXT's `browser`
 * (the browser's own namespace) rather than webextension-polyfill: every kilobyte here is
 * loaded into every CRM page, and the call-button script has a 75 KB budget.
 */
export function createContentSender<M extends MessageMap>(messages: M) {
  return <T extends keyof M & string>(
    type: T,
    payload: z.infer<M[T]['request']>,
  ): Promise<z.infer<M[T]['response']>> =>
    requestReply(browser.runtime, type, payload, (messages[type] as M[T]).response) as Promise<
      z.infer<M[T]['response']>
    >;
}
