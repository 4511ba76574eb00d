import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { requestReply } from './request-reply';
import type { SenderKind } from './sender';

type MessageMap = Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

/** The schema of each message's reply: all a content script parses of what it sends. */
export type ResponsesOf<M extends MessageMap> = { [T in keyof M]: M[T]['response'] };

/**
 * sendMessage for a content script, over just the messages it sends. It takes their reply
 * schemas alone (each message file exports them apart from its table): the request schemas are
 * for the background, which parses every request, and building them would only slow the
 * script's start in every CRM frame. (A schema with checks, `z.string().check(...)`, is marked
 * `@__PURE__` where it is declared: the bundler would otherwise keep the method call, and build
 * the schema, in a script that never uses it.) It uses WXT's `browser` (the browser's own namespace)
 * rather than webextension-polyfill: every kilobyte here is loaded into every CRM page, and the
 * call-button script has a 75 KB budget.
 */
export function createContentSender<M extends MessageMap>(responses: ResponsesOf<M>) {
  return <T extends keyof M & string>(
    type: T,
    payload: z.infer<M[T]['request']>,
  ): Promise<z.infer<M[T]['response']>> =>
    requestReply(browser.runtime, type, payload, responses[type]) as Promise<
      z.infer<M[T]['response']>
    >;
}
