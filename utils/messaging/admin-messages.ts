import * as z from 'zod/mini';
import type { SenderKind } from './sender';

const failureSchema = z.object({
  ok: z.literal(false),
  /** The dialer client's failure kind (auth, permission, invalid, unavailable, ...). */
  kind: z.string(),
  message: z.string(),
});

/**
 * Admin reads from the dialer (popup status, the import page's list picker) and the CRM-screen
 * follower: a content script that sees a user or list saved on the CRM's admin screens.
 */
export const adminMessages = {
  'dialer/status': {
    from: ['extension-page'],
    request: z.object({ refresh: z.optional(z.boolean()) }),
    response: z.object({
      configured: z.boolean(),
      answers: z.enum(['yes', 'no', 'unknown']),
      message: z.string(),
      checkedAt: z.nullable(z.number()),
    }),
  },
  'dialer/active-lists': {
    from: ['extension-page'],
    request: z.object({}),
    response: z.union([
      z.object({
        ok: z.literal(true),
        lists: z.array(
          z.object({
            entry: z.string(),
            campaignId: z.string(),
            listId: z.string(),
            listName: z.string(),
            ambiguous: z.boolean(),
          }),
        ),
        unreadable: z.array(z.string()),
        complete: z.boolean(),
      }),
      failureSchema,
    ]),
  },
  'crm-admin/saved': {
    from: ['content-script'],
    request: z.discriminatedUnion('entity', [
      z.object({
        entity: z.literal('user'),
        /** Seed add_user/update_user field names; the password only goes to the background. */
        user: z.record(z.string(), z.string()),
        isNew: z.boolean(),
      }),
      z.object({ entity: z.literal('list'), list: z.record(z.string(), z.string()) }),
    ]),
    response: z.object({
      action: z.enum(['offered', 'started', 'ignored']),
      text: z.string(),
      offerId: z.optional(z.string()),
      jobId: z.optional(z.string()),
    }),
  },
  'crm-admin/offers': {
    from: ['content-script'],
    request: z.object({}),
    /** Offers waiting for this site (the save usually navigates to a new page). */
    response: z.object({
      offers: z.array(z.object({ offerId: z.string(), text: z.string() })),
    }),
  },
  'crm-admin/answer': {
    from: ['content-script'],
    request: z.object({ offerId: z.string(), accept: z.boolean() }),
    response: z.object({ ok: z.boolean(), text: z.string(), jobId: z.optional(z.string()) }),
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
