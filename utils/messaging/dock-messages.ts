import * as z from 'zod/mini';
import { widgetMessageSchema } from '../widget/widget-messages';
import type { SenderKind } from './sender';

/** Bounds for anything a page-side script says about the dock's place: screen pixels. */
const pixels = /* @__PURE__ */ z.number().check(z.gte(-100_000), z.lte(100_000));

/** Where the dock sits and how it looks; remembered by the background (storage is closed here). */
export const dockPlaceSchema = z.object({
  left: pixels,
  top: pixels,
  width: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(10_000)),
  height: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(10_000)),
  collapsed: z.boolean(),
});
export type DockPlace = z.infer<typeof dockPlaceSchema>;

/**
 * What this tab's dock shows: `live` loads the widget (one tab per browser), `offer` shows
 * "live in another tab — Take over" without a widget, `blocked` explains why the widget cannot
 * be docked (not configured, or it refuses to be framed), `off` means window mode (no dock).
 */
export const dockStateSchema = z.object({
  state: z.enum(['live', 'offer', 'blocked', 'off']),
  /** The widget page to frame (live only); its exact origin is the postMessage target. */
  widgetUrl: z.nullable(z.string()),
  place: z.nullable(dockPlaceSchema),
  /** Why the dock is blocked, in words a person can act on. */
  note: z.string(),
});
export type DockState = z.infer<typeof dockStateSchema>;

/**
 * The background's reply to each message the dock script sends: all that script parses (see
 * createContentSender).
 */
export const dockResponses = {
  'dock/hello': dockStateSchema,
  'dock/take-over': dockStateSchema,
  'dock/save-place': z.object({}),
};

/** The docked widget's messages (one live dock per browser), sent by the dock content script. */
export const dockMessages = {
  /** The dock starts in a page: live if no other tab holds the widget, else the offer. */
  'dock/hello': {
    from: ['content-script'],
    request: z.object({}),
    response: dockResponses['dock/hello'],
  },
  /** "Take over": this tab becomes live; the old live tab is told to stand by. */
  'dock/take-over': {
    from: ['content-script'],
    request: z.object({}),
    response: dockResponses['dock/take-over'],
  },
  /** The agent moved, resized, collapsed or expanded the dock. */
  'dock/save-place': {
    from: ['content-script'],
    request: dockPlaceSchema,
    response: dockResponses['dock/save-place'],
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

/**
 * Messages the background sends to the dock content script (tabs.sendMessage). Apart from
 * content-protocol.ts so that the call-button script neither bundles nor mistakes them.
 */
export const toDockMessageSchema = z.discriminatedUnion('type', [
  /** Post this seed message into the widget (loading it first: this tab is the live one). */
  z.object({ type: z.literal('dock/deliver'), message: widgetMessageSchema }),
  /** Another tab took the widget over: unload it and show the offer. */
  z.object({ type: z.literal('dock/standby') }),
]);
export type ToDockMessage = z.infer<typeof toDockMessageSchema>;

/** The dock's answer to `dock/deliver`. */
export const dockDeliveryReplySchema = z.object({ posted: z.boolean(), note: z.string() });
export type DockDeliveryReply = z.infer<typeof dockDeliveryReplySchema>;
