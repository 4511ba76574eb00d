import * as z from 'zod/mini';

/** Messages the background sends to a content script (the other direction has protocol.ts). */
export const toContentMessageSchema = z.discriminatedUnion('type', [
  /** From the context menu (with the selected text) or the keyboard command (without). */
  z.object({
    type: z.literal('call-selection'),
    text: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  }),
]);
export type ToContentMessage = z.infer<typeof toContentMessageSchema>;

/** Only our own background may send these: it has our id and, unlike a tab, no `tab`. */
export function isFromOwnBackground(
  sender: { id?: string; tab?: unknown },
  ownId: string,
): boolean {
  return sender.id === ownId && sender.tab === undefined;
}
